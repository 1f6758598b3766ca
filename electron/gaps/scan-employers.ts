import type { BusinessScale, ProgramCode, RiskGroup } from '../../shared/domain/reference';
import type { EmployerFacts } from '../../shared/gaps/gap-rules';
import type { AppliedMinimumWage, HeadcountSource } from '../../shared/gaps/gap-types';
import type { PeriodBounds } from '../../shared/gaps/period';
import type { Db } from '../db/open';
import { splitCodes, stmt } from '../db/statements';

export interface ScanParams {
  bounds: PeriodBounds;
  jpWageCap: number;
  /** Birth date on or before which a worker is at pension age in the period. */
  pensionCutoff: string;
  /** Minimum wage in force per regency code for the period's year. */
  floors: Map<string, AppliedMinimumWage>;
}

const ACTIVE_IN_PERIOD = 'm.start_date <= @end AND (m.end_date IS NULL OR m.end_date >= @start)';
// Materialised: parsed once per query, not once per row that looks a floor up.
const FLOORS = 'fl AS MATERIALIZED (SELECT key AS code, value AS floor FROM json_each(@floors))';

// Every query below reads all employers at once; none runs per employer.

/** Active memberships per employer and segment: one walk of memberships_gap_scan in index order. */
const ACTIVE_SQL = `
  SELECT m.npp, m.segment, count(*) AS n, sum(m.wage) AS wageSum, sum(min(m.wage, @cap)) AS jpBase
  FROM memberships m
  WHERE ${ACTIVE_IN_PERIOD}
  GROUP BY m.npp, m.segment`;

/** PU workers under the minimum wage of the employer's regency: an index range per employer, so only they are read. */
const BELOW_FLOOR_SQL = `
  WITH ${FLOORS}
  SELECT e.npp, count(*) AS n, sum(fl.floor - m.wage) AS gap, group_concat(m.id) AS ids
  FROM fl CROSS JOIN employers e ON e.regency_code = fl.code
  CROSS JOIN memberships m ON m.npp = e.npp AND m.segment = 'PU' AND m.wage < fl.floor
  WHERE ${ACTIVE_IN_PERIOD}
  GROUP BY e.npp`;

/** PU workers at or above pension age, found through workers_birth_date (a small share of everyone). */
const PENSION_SQL = `
  WITH ${FLOORS}
  SELECT m.npp, count(*) AS n, sum(min(m.wage, @cap)) AS jpBase,
    sum(iif(m.wage < coalesce(fl.floor, 0), fl.floor - m.wage, 0)) AS belowFloorGap
  FROM workers w CROSS JOIN memberships m ON m.worker_id = w.id
  JOIN employers e ON e.npp = m.npp LEFT JOIN fl ON fl.code = e.regency_code
  WHERE w.birth_date <= @cutoff AND m.segment = 'PU' AND ${ACTIVE_IN_PERIOD}
  GROUP BY m.npp`;

/** Registered wage below the employer's own payroll (latest payroll month up to the period). */
const PAYROLL_SQL = `
  WITH ${FLOORS},
  lp AS (SELECT npp, max(period) AS period FROM payroll_lines WHERE period <= @period GROUP BY npp)
  SELECT m.npp, lp.period, m.id, p.wage AS payWage, m.wage, coalesce(fl.floor, 0) AS floor,
    w.birth_date <= @cutoff AS pensioner
  FROM lp JOIN payroll_lines p ON p.npp = lp.npp AND p.period = lp.period
  JOIN workers w ON w.nik = p.nik
  JOIN memberships m ON m.worker_id = w.id AND m.npp = p.npp AND m.segment = 'PU'
  JOIN employers e ON e.npp = m.npp LEFT JOIN fl ON fl.code = e.regency_code
  WHERE ${ACTIVE_IN_PERIOD} AND p.wage > max(m.wage, coalesce(fl.floor, 0))`;

/** The latest headcount figure entered per employer up to the end of the period. */
const HEADCOUNT_SQL = `
  SELECT npp, headcount, source, reported_on AS reportedOn FROM (
    SELECT h.*, row_number() OVER (PARTITION BY npp ORDER BY reported_on DESC, id DESC) AS rn
    FROM headcount_reports h WHERE reported_on <= @end
  ) WHERE rn = 1`;

const EMPLOYERS_SQL = `
  SELECT npp, name, regency_code AS regencyCode, branch_code AS branchCode, scale, risk_group AS riskGroup,
    programs, reported_headcount AS reportedHeadcount, substr(updated_at, 1, 10) AS recordDate, nib, npwp
  FROM employers`;

export interface EmployerRow {
  npp: string;
  name: string;
  regencyCode: string;
  branchCode: string;
  scale: BusinessScale;
  riskGroup: RiskGroup;
  programs: string;
  reportedHeadcount: number;
  recordDate: string;
  nib: string | null;
  npwp: string | null;
}

export interface EmployerScan {
  facts: EmployerFacts[];
  employers: EmployerRow[];
  /** Payroll wage per membership id, for the PDS Upah worker list. */
  payrollWages: Map<number, number>;
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
      reportedHeadcount: e.reportedHeadcount,
      recordDate: e.recordDate,
      latestHeadcount: null,
      activeWorkers: 0,
      activePu: 0,
      wageSum: 0,
      jpBaseAll: 0,
      pension: { count: 0, jpBase: 0, belowFloorGap: 0 },
      belowFloor: { count: 0, wageGap: 0, membershipIds: [] },
      payroll: null,
      floor: p.floors.get(e.regencyCode) ?? null,
    });
  }

  type Active = { npp: string; segment: string; n: number; wageSum: number; jpBase: number };
  for (const r of stmt(db, ACTIVE_SQL).all(pick('start', 'end', 'cap')) as Active[]) {
    const f = facts.get(r.npp);
    if (!f) continue;
    f.activeWorkers += r.n;
    if (r.segment === 'PU') {
      f.activePu = r.n;
      f.wageSum = r.wageSum;
      f.jpBaseAll = r.jpBase;
    }
  }

  type Below = { npp: string; n: number; gap: number; ids: string | null };
  for (const r of stmt(db, BELOW_FLOOR_SQL).all(pick('start', 'end', 'floors')) as Below[]) {
    const f = facts.get(r.npp);
    if (f) f.belowFloor = { count: r.n, wageGap: r.gap, membershipIds: ids(r.ids) };
  }

  type Pension = { npp: string; n: number; jpBase: number; belowFloorGap: number };
  for (const r of stmt(db, PENSION_SQL).all(pick('start', 'end', 'cap', 'cutoff', 'floors')) as Pension[]) {
    const f = facts.get(r.npp);
    if (f) f.pension = { count: r.n, jpBase: r.jpBase, belowFloorGap: r.belowFloorGap };
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
  }

  type Headcount = { npp: string; headcount: number; source: HeadcountSource; reportedOn: string };
  for (const r of stmt(db, HEADCOUNT_SQL).all(pick('end')) as Headcount[]) {
    const f = facts.get(r.npp);
    if (f) f.latestHeadcount = { headcount: r.headcount, source: r.source, reportedOn: r.reportedOn };
  }

  return { facts: [...facts.values()], employers, payrollWages };
}

/** The SQL of the hot queries, for the query-plan test. */
export const GAP_SCAN_SQL = { ACTIVE_SQL, BELOW_FLOOR_SQL, PENSION_SQL, PAYROLL_SQL, HEADCOUNT_SQL } as const;
