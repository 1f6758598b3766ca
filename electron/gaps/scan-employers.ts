import type { BusinessScale, ProgramCode, RiskGroup } from '../../shared/domain/reference';
import type { EmployerFacts } from '../../shared/gaps/gap-rules';
import type { AppliedMinimumWage, HeadcountSource } from '../../shared/gaps/gap-types';
import type { PeriodBounds } from '../../shared/gaps/period';
import type { Db } from '../db/open';
import { missingMandatoryPrograms } from '../../shared/rules/mandatory-programs';
import { splitCodes, stmt } from '../db/statements';

export interface ScanParams {
  bounds: PeriodBounds;
  /**
   * The instant a past month ended (ISO, UTC): what the store knew then is what the month is judged on. Null
   * for the current month, judged on what is known now.
   */
  endAt: string | null;
  jpWageCap: number;
  /** Birth date on or before which a worker is at pension age in the period. */
  pensionCutoff: string;
  /** The calendar date a stored UTC timestamp fell on at a workplace (WITA or WIB): the date a person sees. */
  dateOf: (iso: string, regencyCode: string) => string;
  /** Minimum wage in force per regency code for the period's year. */
  floors: Map<string, AppliedMinimumWage>;
}

const ACTIVE_IN_PERIOD = 'm.start_date <= @end AND (m.end_date IS NULL OR m.end_date >= @start)';
// Materialised: parsed once per query, not once per row that looks a floor up.
const FLOORS = 'fl AS MATERIALIZED (SELECT key AS code, value AS floor FROM json_each(@floors))';
// Workers at or above pension age in the period: a short range of workers_birth_date, kept as a set so
// memberships test their worker against it instead of looking every worker up.
const PENSIONERS = 'pw AS MATERIALIZED (SELECT id FROM workers WHERE birth_date <= @cutoff)';

/**
 * Memberships whose wage changed after the judged month, with the wage in force in it (issue 11). A change is
 * rare and recent, so this is a short range of membership_wages_changes (named: without statistics the planner
 * would rather walk the primary key for DISTINCT, i.e. every period of every membership); every other membership's
 * `memberships.wage` (its latest period) is the wage in force, and the queries below read it from the index.
 */
const WAGE_OVERRIDES = `wo AS MATERIALIZED (
  SELECT c.id, coalesce(
    (SELECT h.wage FROM membership_wages h WHERE h.membership_id = c.id AND h.from_month <= @period ORDER BY h.from_month DESC LIMIT 1),
    (SELECT h.wage FROM membership_wages h WHERE h.membership_id = c.id ORDER BY h.from_month LIMIT 1)) AS wage
  FROM (SELECT DISTINCT membership_id AS id FROM membership_wages INDEXED BY membership_wages_changes
    WHERE from_month > @period AND source <> 'awal') c)`;

// Every query below reads all employers at once; none runs per employer.

/** Active memberships per employer, all segments and PU: one walk of memberships_gap_scan in index order. */
const ACTIVE_SQL = `
  SELECT m.npp, count(*) AS n, sum(m.segment = 'PU') AS nPu
  FROM memberships m
  WHERE ${ACTIVE_IN_PERIOD}
  GROUP BY m.npp`;

/** PU workers under the minimum wage of the employer's regency: an index range per employer, so only they are read. */
const BELOW_FLOOR_SQL = `
  WITH ${FLOORS}, ${PENSIONERS}, ${WAGE_OVERRIDES}
  SELECT e.npp, count(*) AS n, total(fl.floor - m.wage) AS gap, group_concat(m.id) AS ids,
    total(iif(m.worker_id IN pw, fl.floor - m.wage, 0)) AS pensionGap
  FROM fl CROSS JOIN employers e ON e.regency_code = fl.code
  CROSS JOIN memberships m ON m.npp = e.npp AND m.segment = 'PU' AND m.wage < fl.floor
  WHERE ${ACTIVE_IN_PERIOD} AND m.id NOT IN (SELECT id FROM wo)
  GROUP BY e.npp`;

/** The same for memberships whose wage changed after the month: judged on the wage in force then. */
const BELOW_FLOOR_CHANGED_SQL = `
  WITH ${FLOORS}, ${PENSIONERS}, ${WAGE_OVERRIDES}
  SELECT e.npp, m.id, wo.wage, fl.floor - wo.wage AS gap, m.worker_id IN pw AS pensioner
  FROM wo CROSS JOIN memberships m ON m.id = wo.id
  CROSS JOIN employers e ON e.npp = m.npp CROSS JOIN fl ON fl.code = e.regency_code
  WHERE m.segment = 'PU' AND wo.wage < fl.floor AND ${ACTIVE_IN_PERIOD}`;

/**
 * Wage sums and pension-age workers, only for employers missing a mandatory program: the wage base of the
 * missing programs, and JP, which is not expected from workers at or above pension age (PP 45/2015 Ps.15).
 */
const WAGES_SQL = `
  WITH ${PENSIONERS}, ${WAGE_OVERRIDES}, c AS (SELECT value AS npp FROM json_each(@npps))
  SELECT e.npp, total(x.wage) AS wageSum, total(min(x.wage, @cap)) AS jpBase, sum(x.pensioner) AS pensionN,
    total(iif(x.pensioner, min(x.wage, @cap), 0)) AS pensionJpBase
  FROM c CROSS JOIN employers e ON e.npp = c.npp
  CROSS JOIN (
    SELECT m.npp, coalesce(wo.wage, m.wage) AS wage, m.worker_id IN pw AS pensioner FROM memberships m LEFT JOIN wo ON wo.id = m.id
    WHERE m.segment = 'PU' AND ${ACTIVE_IN_PERIOD}
  ) x ON x.npp = e.npp
  GROUP BY e.npp`;

/** Registered wage below the employer's own payroll (latest payroll month up to the period). */
const PAYROLL_SQL = `
  WITH ${FLOORS}, ${WAGE_OVERRIDES},
  lp AS (SELECT npp, max(period) AS period FROM payroll_lines WHERE period <= @period GROUP BY npp)
  SELECT m.npp, lp.period, m.id, p.wage AS payWage, coalesce(wo.wage, m.wage) AS wage,
    iif(e.scale IN ('mikro', 'kecil'), 0, coalesce(fl.floor, 0)) AS floor,
    w.birth_date <= @cutoff AS pensioner
  FROM lp JOIN payroll_lines p ON p.npp = lp.npp AND p.period = lp.period
  JOIN workers w ON w.nik = p.nik
  JOIN memberships m ON m.worker_id = w.id AND m.npp = p.npp AND m.segment = 'PU'
  JOIN employers e ON e.npp = m.npp LEFT JOIN fl ON fl.code = e.regency_code LEFT JOIN wo ON wo.id = m.id
  WHERE ${ACTIVE_IN_PERIOD} AND p.wage > max(coalesce(wo.wage, m.wage), iif(e.scale IN ('mikro', 'kecil'), 0, coalesce(fl.floor, 0)))`;

/** The latest headcount figure entered per employer up to the end of the period. */
const HEADCOUNT_SQL = `
  SELECT npp, headcount, source, reported_on AS reportedOn FROM (
    SELECT h.*, row_number() OVER (PARTITION BY npp ORDER BY reported_on DESC, id DESC) AS rn
    FROM headcount_reports h WHERE reported_on <= @end
  ) WHERE rn = 1`;

const EMPLOYERS_SQL = `
  SELECT npp, name, regency_code AS regencyCode, branch_code AS branchCode, scale, risk_group AS riskGroup,
    programs, reported_headcount AS reportedHeadcount, updated_at AS updatedAt, nib, npwp, jkk_relief AS jkkRelief
  FROM employers`;

/**
 * The headcount an employer's record carried at the end of the month, from the audit trail, for employers
 * whose record changed since (one query for all of them). Employers created after it have none.
 */
const HEADCOUNT_AT_END_SQL = `
  SELECT entity_id AS npp, json_extract(after, '$.reported_headcount') AS headcount, at FROM (
    SELECT a.entity_id, a.after, a.at, row_number() OVER (PARTITION BY a.entity_id ORDER BY a.id DESC) AS rn
    FROM audit_log a
    WHERE a.entity = 'employer' AND a.entity_id IN (SELECT value FROM json_each(@npps)) AND a.at <= @endAt
  ) WHERE rn = 1 AND after IS NOT NULL`;

export interface EmployerRow {
  npp: string;
  name: string;
  regencyCode: string;
  branchCode: string;
  scale: BusinessScale;
  riskGroup: RiskGroup;
  programs: string;
  reportedHeadcount: number;
  updatedAt: string;
  jkkRelief: number;
  nib: string | null;
  npwp: string | null;
}

export interface EmployerScan {
  facts: EmployerFacts[];
  employers: EmployerRow[];
  /** Payroll wage per membership id, for the PDS Upah worker list. */
  payrollWages: Map<number, number>;
  /** The wage in force in the month, for listed memberships whose wage changed after it. */
  wagesInForce: Map<number, number>;
}

const ids = (text: string | null): number[] => (text ? text.split(',').map(Number) : []);

export function scanEmployers(db: Db, p: ScanParams): EmployerScan {
  const floorsJson = JSON.stringify(Object.fromEntries([...p.floors].map(([code, f]) => [code, f.amount])));
  const args = {
    start: p.bounds.start,
    end: p.bounds.end,
    period: p.bounds.period,
    cap: p.jpWageCap,
    cutoff: p.pensionCutoff,
    floors: floorsJson,
  };
  const pick = <K extends keyof typeof args>(...keys: K[]) => Object.fromEntries(keys.map((k) => [k, args[k]]));

  const employers = stmt(db, EMPLOYERS_SQL).all() as EmployerRow[];
  const facts = new Map<string, EmployerFacts>();
  for (const e of employers) {
    facts.set(e.npp, {
      npp: e.npp,
      name: e.name,
      regencyCode: e.regencyCode,
      branchCode: e.branchCode,
      scale: e.scale,
      riskGroup: e.riskGroup,
      programs: splitCodes<ProgramCode>(e.programs),
      jkkRelief: e.jkkRelief === 1,
      ownHeadcount: p.endAt === null || e.updatedAt <= p.endAt ? { headcount: e.reportedHeadcount, date: p.dateOf(e.updatedAt, e.regencyCode) } : null,
      latestHeadcount: null,
      activeWorkers: 0,
      activePu: 0,
      wageSum: 0,
      jpBaseAll: 0,
      pension: { count: 0, jpBase: 0, belowFloorGap: 0 },
      belowFloor: { count: 0, wageGap: 0, membershipIds: [] },
      payroll: null,
      floor: p.floors.get(e.regencyCode) ?? null,
      floorMissing: null,
    });
  }

  // Records changed after the month: the figure they held then, not today's back-dated.
  const endAt = p.endAt;
  const changed = endAt === null ? [] : employers.filter((e) => e.updatedAt > endAt).map((e) => e.npp);
  if (changed.length) {
    type AtEnd = { npp: string; headcount: number | null; at: string };
    for (const r of stmt(db, HEADCOUNT_AT_END_SQL).all({ npps: JSON.stringify(changed), endAt }) as AtEnd[]) {
      const f = facts.get(r.npp);
      if (f && r.headcount !== null) f.ownHeadcount = { headcount: r.headcount, date: p.dateOf(r.at, f.regencyCode) };
    }
  }

  for (const r of stmt(db, ACTIVE_SQL).all(pick('start', 'end')) as { npp: string; n: number; nPu: number }[]) {
    const f = facts.get(r.npp);
    if (!f) continue;
    f.activeWorkers = r.n;
    f.activePu = r.nPu;
  }

  type Below = { npp: string; n: number; gap: number; ids: string | null; pensionGap: number };
  for (const r of stmt(db, BELOW_FLOOR_SQL).all(pick('start', 'end', 'floors', 'cutoff', 'period')) as Below[]) {
    const f = facts.get(r.npp);
    if (!f) continue;
    f.belowFloor = { count: r.n, wageGap: r.gap, membershipIds: ids(r.ids) };
    f.pension.belowFloorGap = r.pensionGap;
  }
  const wagesInForce = new Map<number, number>();
  type Changed = { npp: string; id: number; wage: number; gap: number; pensioner: number };
  for (const r of stmt(db, BELOW_FLOOR_CHANGED_SQL).all(pick('start', 'end', 'floors', 'cutoff', 'period')) as Changed[]) {
    const f = facts.get(r.npp);
    if (!f) continue;
    f.belowFloor = { count: f.belowFloor.count + 1, wageGap: f.belowFloor.wageGap + r.gap, membershipIds: [...f.belowFloor.membershipIds, r.id] };
    if (r.pensioner) f.pension.belowFloorGap += r.gap;
    wagesInForce.set(r.id, r.wage);
  }

  const payrollWages = new Map<number, number>();
  type Pay = { npp: string; period: string; id: number; payWage: number; wage: number; floor: number; pensioner: number };
  for (const r of stmt(db, PAYROLL_SQL).all(pick('start', 'end', 'period', 'cutoff', 'floors')) as Pay[]) {
    const f = facts.get(r.npp);
    if (!f) continue;
    const pay = (f.payroll ??= { period: r.period, count: 0, wageGap: 0, jpGap: 0, membershipIds: [] });
    // The gap up to the minimum wage is already counted by BELOW_FLOOR_SQL; this is the rest up to the payroll wage.
    const registeredOrFloor = Math.max(r.wage, r.floor);
    pay.count += 1;
    pay.wageGap += r.payWage - registeredOrFloor;
    if (!r.pensioner) pay.jpGap += Math.min(r.payWage, p.jpWageCap) - Math.min(registeredOrFloor, p.jpWageCap);
    pay.membershipIds.push(r.id);
    payrollWages.set(r.id, r.payWage);
    wagesInForce.set(r.id, r.wage);
  }

  // Wage sums and the pension-age count matter only where a program is missing.
  const judged = [...facts.values()]
    .filter((f) => f.activePu > 0 && missingMandatoryPrograms(f.scale, f.programs, p.bounds.period).length > 0)
    .map((f) => f.npp);
  if (judged.length) {
    type Wages = { npp: string; wageSum: number; jpBase: number; pensionN: number; pensionJpBase: number };
    const wagesArgs = { ...pick('start', 'end', 'cap', 'cutoff', 'period'), npps: JSON.stringify(judged) };
    for (const r of stmt(db, WAGES_SQL).all(wagesArgs) as Wages[]) {
      const f = facts.get(r.npp);
      if (!f) continue;
      f.wageSum = r.wageSum;
      f.jpBaseAll = r.jpBase;
      f.pension = { ...f.pension, count: r.pensionN, jpBase: r.pensionJpBase };
    }
  }

  type Headcount = { npp: string; headcount: number; source: HeadcountSource; reportedOn: string };
  for (const r of stmt(db, HEADCOUNT_SQL).all(pick('end')) as Headcount[]) {
    const f = facts.get(r.npp);
    if (f) f.latestHeadcount = { headcount: r.headcount, source: r.source, reportedOn: r.reportedOn };
  }

  return { facts: [...facts.values()], employers, payrollWages, wagesInForce };
}

/** The SQL of the hot queries, for the query-plan test. */
export const GAP_SCAN_SQL = { ACTIVE_SQL, BELOW_FLOOR_SQL, BELOW_FLOOR_CHANGED_SQL, WAGES_SQL, PAYROLL_SQL, HEADCOUNT_SQL } as const;
