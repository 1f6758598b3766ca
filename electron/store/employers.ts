import type { Employer, EmployerInput, EmployerSummary } from '../../shared/domain/employer';
import type { Page } from '../../shared/domain/page';
import type { BusinessScale, ProgramCode, RiskGroup } from '../../shared/domain/reference';
import type { Db } from '../db/connection';
import { ftsPrefixQuery, joinCodes, nowIso, splitCodes, stmt } from '../db/statements';

interface EmployerRow {
  npp: string;
  name: string;
  npwp: string | null;
  nib: string | null;
  regency_code: string;
  address: string;
  scale: string;
  risk_group: number;
  programs: string;
  reported_headcount: number;
  branch_code: string;
  jkk_relief: number;
  capital: number | null;
  annual_sales: number | null;
  created_at: string;
  updated_at: string;
}

const toEmployer = (r: EmployerRow): Employer => ({
  npp: r.npp,
  name: r.name,
  npwp: r.npwp,
  nib: r.nib,
  regencyCode: r.regency_code,
  address: r.address,
  scale: r.scale as BusinessScale,
  riskGroup: r.risk_group as RiskGroup,
  programs: splitCodes<ProgramCode>(r.programs),
  reportedHeadcount: r.reported_headcount,
  branchCode: r.branch_code,
  jkkRelief: r.jkk_relief === 1,
  capital: r.capital,
  annualSales: r.annual_sales,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function getEmployer(db: Db, npp: string): Employer | null {
  const row = stmt(db, 'SELECT * FROM employers WHERE npp = ?').get(npp) as EmployerRow | undefined;
  return row ? toEmployer(row) : null;
}

export function insertEmployer(db: Db, e: EmployerInput & { branchCode: string }): Employer {
  const now = nowIso();
  stmt(
    db,
    `INSERT INTO employers (npp, name, npwp, nib, regency_code, address, scale, risk_group, programs,
       reported_headcount, branch_code, jkk_relief, capital, annual_sales, created_at, updated_at)
     VALUES (@npp, @name, @npwp, @nib, @regencyCode, @address, @scale, @riskGroup, @programs,
       @reportedHeadcount, @branchCode, @jkkRelief, @capital, @annualSales, @now, @now)`,
  ).run({ ...e, programs: joinCodes(e.programs), now, jkkRelief: e.jkkRelief ? 1 : 0, capital: e.capital ?? null, annualSales: e.annualSales ?? null });
  return getEmployer(db, e.npp)!;
}

export function updateEmployer(db: Db, e: EmployerInput & { branchCode: string }): Employer {
  stmt(
    db,
    `UPDATE employers SET name = @name, npwp = @npwp, nib = @nib, regency_code = @regencyCode, address = @address,
       scale = @scale, risk_group = @riskGroup, programs = @programs, reported_headcount = @reportedHeadcount,
       branch_code = @branchCode, jkk_relief = coalesce(@jkkRelief, jkk_relief),
       capital = iif(@capitalGiven, @capital, capital), annual_sales = iif(@salesGiven, @annualSales, annual_sales), updated_at = @now
     WHERE npp = @npp`,
  ).run({
    ...e,
    programs: joinCodes(e.programs),
    now: nowIso(),
    // Fields a caller leaves out stay as they are.
    jkkRelief: e.jkkRelief === undefined ? null : e.jkkRelief ? 1 : 0,
    capitalGiven: e.capital === undefined ? 0 : 1,
    capital: e.capital ?? null,
    salesGiven: e.annualSales === undefined ? 0 : 1,
    annualSales: e.annualSales ?? null,
  });
  return getEmployer(db, e.npp)!;
}

export interface EmployerFilter {
  query: string;
  branchCode?: string;
  regencyCode?: string;
  scale?: BusinessScale;
  offset: number;
  limit: number;
  /** The last row of the previous page: the next page is read from the key, at the same cost at any depth. */
  after?: { name: string; npp: string };
}

/**
 * Digits search NPP, NPWP and NIB by prefix (three index ranges); words search names through FTS5.
 * Ordered by (name, NPP) from the `employers_name_npp` key; with `after` a page is a seek, without it
 * OFFSET steps over the key only. Only the visible page pays for the active-worker count.
 */
export function listEmployers(db: Db, f: EmployerFilter): Page<EmployerSummary> {
  const where: string[] = [];
  const params: Record<string, unknown> = { offset: f.offset, limit: f.limit };
  const digits = f.query.replace(/[\s.-]/g, '');
  if (/^\d+$/.test(digits)) {
    where.push(`e.rowid IN (SELECT rowid FROM employers WHERE npp >= @lo AND npp < @hi
      UNION ALL SELECT rowid FROM employers WHERE npwp >= @lo AND npwp < @hi
      UNION ALL SELECT rowid FROM employers WHERE nib >= @lo AND nib < @hi)`);
    params.lo = digits;
    params.hi = `${digits}:`;
  } else if (f.query) {
    const fts = ftsPrefixQuery(f.query);
    if (fts) {
      where.push('e.rowid IN (SELECT rowid FROM employers_fts WHERE employers_fts MATCH @fts)');
      params.fts = fts;
    }
  }
  const exact = { branchCode: 'e.branch_code', regencyCode: 'e.regency_code', scale: 'e.scale' } as const;
  for (const [key, column] of Object.entries(exact) as [keyof typeof exact, string][]) {
    if (!f[key]) continue;
    where.push(`${column} = @${key}`);
    params[key] = f[key];
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (stmt(db, `SELECT count(*) AS n FROM employers e ${clause}`).get(params) as { n: number }).n;

  if (f.after) {
    // The first term lets the planner seek in `employers_name_npp`; the row value alone is only a filter.
    where.push('e.name COLLATE NOCASE >= @afterName AND (e.name COLLATE NOCASE, e.npp) > (@afterName, @afterNpp)');
    params.afterName = f.after.name;
    params.afterNpp = f.after.npp;
    params.offset = 0;
  }
  const pageClause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  // The page's keys first, from the (name, npp) index alone; only those rows then pay for their columns,
  // so OFFSET (a jump in the list) steps over index entries, not over counted rows. CROSS JOIN keeps the
  // 200 keys outside: otherwise the planner walks all employers in order to spare itself a 200-row sort.
  const items = stmt(
    db,
    `WITH page AS MATERIALIZED (
       SELECT e.npp FROM employers e ${pageClause}
       ORDER BY e.name COLLATE NOCASE, e.npp LIMIT @limit OFFSET @offset)
     SELECT e.npp, e.name, e.npwp, e.regency_code AS regencyCode, r.name AS regencyName, e.scale,
       e.branch_code AS branchCode, e.reported_headcount AS reportedHeadcount,
       (SELECT count(*) FROM memberships m WHERE m.npp = e.npp AND m.status = 'aktif') AS activeWorkers
     FROM page CROSS JOIN employers e ON e.npp = page.npp JOIN regions r ON r.code = e.regency_code
     ORDER BY e.name COLLATE NOCASE, e.npp`,
  ).all(params) as EmployerSummary[];
  return { items, total, offset: f.offset, limit: f.limit };
}

export function countEmployers(db: Db): number {
  return (stmt(db, 'SELECT count(*) AS n FROM employers').get() as { n: number }).n;
}
