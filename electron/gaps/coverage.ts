import type { Coverage, CoverageRow } from '../../shared/gaps/gap-api-types';
import { periodBounds } from '../../shared/gaps/period';
import type { Workforce } from '../../shared/domain/reference';
import { findRegionRow } from '../store/reference';
import { AppError } from '../errors/app-error';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';

const ACTIVE = 'v.start_date <= @end AND (v.end_date IS NULL OR v.end_date >= @start)';

// Distinct people, every segment (PU through employers, BPU incl. funded, Jakon): a worker with two employers,
// or an employer and a funded programme, in one area is one participant there.
const PARTICIPANTS_SQL = `
  SELECT 'R' AS level, v.regency_code AS code, count(DISTINCT v.worker_id) AS n
  FROM segment_participations v WHERE ${ACTIVE} AND v.regency_code IS NOT NULL GROUP BY v.regency_code
  UNION ALL
  SELECT 'B', v.branch_code, count(DISTINCT v.worker_id)
  FROM segment_participations v WHERE ${ACTIVE} AND v.branch_code IS NOT NULL GROUP BY v.branch_code
  UNION ALL
  SELECT 'P', v.province_code, count(DISTINCT v.worker_id)
  FROM segment_participations v WHERE ${ACTIVE} AND v.province_code IS NOT NULL GROUP BY v.province_code`;

/** The latest workforce figure per area up to the period's year. */
const WORKFORCE_SQL = `
  SELECT areaCode, year, employed, source, confirmed FROM (
    SELECT area_code AS areaCode, year, employed, source, confirmed,
      row_number() OVER (PARTITION BY area_code ORDER BY year DESC) AS rn
    FROM workforce WHERE year <= @year
  ) WHERE rn = 1`;

const pct = (participants: number, workforce: number | null): number | null =>
  workforce ? Math.round((participants / workforce) * 10_000) / 100 : null;

function row(code: string, name: string, participants: number, wf: Omit<Workforce, 'areaCode'> | undefined): CoverageRow {
  return {
    areaCode: code,
    name,
    participants,
    workforce: wf?.employed ?? null,
    workforceYear: wf?.year ?? null,
    source: wf?.source ?? null,
    confirmed: wf?.confirmed ?? false,
    percent: pct(participants, wf?.employed ?? null),
  };
}

/**
 * Coverage (kepesertaan): active participants ÷ employed workforce (BPS Sakernas), always with the
 * workforce figure's source and year (DOMAIN.md §3, §7). A branch's workforce is the sum of the regencies
 * it serves, and only when every one of them has a figure.
 */
export function coverageFor(db: Db, period: string): Coverage {
  const b = periodBounds(period);
  const counts = stmt(db, PARTICIPANTS_SQL).all({ start: b.start, end: b.end }) as { level: string; code: string; n: number }[];
  const count = (level: string, code: string) => counts.find((c) => c.level === level && c.code === code)?.n ?? 0;
  const wf = new Map(
    (stmt(db, WORKFORCE_SQL).all({ year: b.year }) as (Omit<Workforce, 'confirmed'> & { confirmed: number })[]).map((w) => [
      w.areaCode,
      { ...w, confirmed: w.confirmed === 1 },
    ]),
  );

  const provinces = (stmt(db, 'SELECT code, name FROM provinces ORDER BY code').all() as { code: string; name: string }[]).map((p) =>
    row(p.code, p.name, count('P', p.code), wf.get(p.code)),
  );
  const regencyRows = stmt(db, 'SELECT code, name FROM regions WHERE legacy = 0 ORDER BY code').all() as { code: string; name: string }[];
  const regencies = regencyRows.map((r) => row(r.code, r.name, count('R', r.code), wf.get(r.code)));

  const served = stmt(db, 'SELECT branch_code AS branch, regency_code AS regency FROM branch_regencies').all() as {
    branch: string;
    regency: string;
  }[];
  const branches = (stmt(db, 'SELECT code, name FROM branches ORDER BY name').all() as { code: string; name: string }[]).map((br) => {
    const figures = served.filter((s) => s.branch === br.code).map((s) => wf.get(s.regency));
    const complete = figures.length > 0 && figures.every((f) => f !== undefined);
    const sum = complete
      ? {
          employed: figures.reduce((s, f) => s + f!.employed, 0),
          year: Math.max(...figures.map((f) => f!.year)),
          source: [...new Set(figures.map((f) => f!.source))].join('; '),
          confirmed: figures.every((f) => f!.confirmed),
        }
      : undefined;
    return row(br.code, br.name, count('B', br.code), sum);
  });
  return { period, provinces, branches, regencies };
}

/** Adds or replaces one workforce figure (the editable, importable reference table). */
export function saveWorkforce(db: Db, w: Workforce): Workforce {
  const isProvince = /^\d{2}$/.test(w.areaCode) && stmt(db, 'SELECT 1 FROM provinces WHERE code = ?').get(w.areaCode);
  if (!isProvince && !findRegionRow(db, w.areaCode)) throw new AppError('WORKFORCE_AREA_UNKNOWN', { code: w.areaCode });
  stmt(
    db,
    `INSERT INTO workforce (area_code, year, employed, source, confirmed) VALUES (@areaCode, @year, @employed, @source, @confirmed)
     ON CONFLICT (area_code, year) DO UPDATE SET employed = excluded.employed, source = excluded.source, confirmed = excluded.confirmed`,
  ).run({ ...w, confirmed: w.confirmed ? 1 : 0 });
  return w;
}
