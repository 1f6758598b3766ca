/**
 * The summary's own counts, set-based: one statement per table, every employer of the scope at once.
 * `@kind`/`@code` select the scope: a branch (employers.branch_code) or a province (regency code prefix),
 * the same membership of an employer in an area as coverage and the gap list use.
 */
const IN_SCOPE = `(CASE @kind WHEN 'branch' THEN e.branch_code = @code ELSE substr(e.regency_code, 1, 2) = @code END)`;
const ACTIVE = 'm.start_date <= @end AND (m.end_date IS NULL OR m.end_date >= @start)';
/** The scope over segment_participations: every segment, placed by employer, funder or project site. */
const V_IN_SCOPE = `(CASE @kind WHEN 'branch' THEN v.branch_code = @code ELSE v.province_code = @code END)`;
const V_ACTIVE = 'v.start_date <= @end AND (v.end_date IS NULL OR v.end_date >= @start)';

export const SUMMARY_SQL = {
  /** Distinct participants per segment. */
  participantsBySegment: `
    SELECT v.segment, count(DISTINCT v.worker_id) AS n
    FROM segment_participations v
    WHERE ${V_IN_SCOPE} AND ${V_ACTIVE}
    GROUP BY v.segment`,

  /** Employers per scale with their distinct active participants. */
  employersByScale: `
    SELECT e.scale, count(DISTINCT e.npp) AS employers, count(DISTINCT CASE WHEN ${ACTIVE} THEN m.worker_id END) AS participants
    FROM employers e LEFT JOIN memberships m ON m.npp = e.npp
    WHERE ${IN_SCOPE}
    GROUP BY e.scale`,

  /** Memberships started per month over a range of months, and per segment. */
  registrationsByMonth: `
    SELECT substr(v.start_date, 1, 7) AS period, v.segment, count(*) AS n
    FROM segment_participations v
    WHERE ${V_IN_SCOPE} AND v.start_date >= @from AND v.start_date <= @end
    GROUP BY 1, 2`,

  /** Regencies the scope reaches: those the branch serves (or the province's), plus any where its employers are. */
  regencies: `
    SELECT r.code FROM regions r
    WHERE r.legacy = 0 AND (CASE @kind
      WHEN 'branch' THEN r.code IN (SELECT regency_code FROM branch_regencies WHERE branch_code = @code)
      ELSE r.province_code = @code END)
    UNION
    SELECT DISTINCT e.regency_code FROM employers e WHERE ${IN_SCOPE}
    ORDER BY 1`,

  /**
   * Imports made in the period: roster imports of the scope's employers, and employer-list imports (they
   * name no employer, so every branch sees them).
   */
  importsInPeriod: `
    SELECT i.id, i.kind, i.npp, e.name AS employerName, i.file_name AS fileName, i.created_at AS createdAt,
      i.accepted, i.inserted, i.updated, i.undone_at IS NOT NULL AS undone
    FROM imports i LEFT JOIN employers e ON e.npp = i.npp
    WHERE substr(i.created_at, 1, 7) = @period AND (i.npp IS NULL OR ${IN_SCOPE})
    ORDER BY i.created_at, i.id`,
} as const;
