import { headcountNote, minimumWageNote, pdsProgramGap, pdsTkGap, pdsUpahGap, pwbdGap, type RuleContext } from '../../shared/gaps/gap-rules';
import type { AppliedMinimumWage, Gap, GapFollowUpState, ProspectSource, ReferenceGap } from '../../shared/gaps/gap-types';
import { periodBounds, pensionBirthCutoff } from '../../shared/gaps/period';
import { buildMatchIndex, matchProspect } from '../../shared/gaps/prospect-match';
import { localDate, timeZoneOfProvince } from '../../shared/reference/time-zones';
import { jpExistsIn, jpWageCapAt } from '../../shared/rules/jp-wage-cap';
import { minimumWageFor } from '../../shared/rules/minimum-wage';
import { pensionAgeFor } from '../../shared/rules/pension-age';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { readReferenceBundle } from '../store/reference';
import { readJkkReliefs } from '../store/jkk-reliefs';
import { jkkReliefFor, relievedJkkRates } from '../../shared/rules/jkk-relief';
import { scanEmployers } from './scan-employers';
import { jakonTerlambatGap, type LateProject } from '../../shared/gaps/jakon-gap';
import { programLebihKuotaGap, type OverQuotaProgramme } from '../../shared/gaps/programme-gap';
import { jakonRegisteredLate, workingDaysBetween } from '../../shared/segments/working-days';

export interface GapScan {
  period: string;
  gaps: Gap[];
  /** Per PDS Upah gap key: the membership ids listed as evidence, and payroll wages by membership id. */
  upahWorkers: Map<string, number[]>;
  payrollWages: Map<number, number>;
  /** The wage in force in the month for listed memberships whose wage changed after it (issue 11). */
  wagesInForce: Map<number, number>;
  floors: Map<string, AppliedMinimumWage>;
  /** Information per NPP shown beside its findings (an exempt wage under the minimum, an unknown headcount). */
  notes: Map<string, ReferenceGap[]>;
}

interface ProspectRow {
  id: number;
  name: string;
  nib: string | null;
  npwp: string | null;
  regencyCode: string;
  regencyName: string;
  branchCode: string | null;
  workers: number | null;
  source: ProspectSource;
  importedAt: string;
}

const UNLINKED_PROSPECTS_SQL = `
  SELECT p.id, p.name, p.nib, p.npwp, p.regency_code AS regencyCode, r.name AS regencyName,
    br.branch_code AS branchCode, p.workers, p.source, p.imported_at AS importedAt
  FROM prospects p JOIN regions r ON r.code = p.regency_code
  LEFT JOIN branch_regencies br ON br.regency_code = p.regency_code
  WHERE NOT EXISTS (SELECT 1 FROM prospect_links l WHERE l.prospect_id = p.id)`;

/** Projects running in the period, registered by its end: the rule decides which were late. */
const JAKON_SQL = `
  SELECT p.id, p.name, p.contractor_npp AS contractorNpp, e.name AS contractorName, p.regency_code AS regencyCode,
    br.branch_code AS branchCode, p.spk_date AS spkDate, p.registered_on AS registeredOn, p.contract_value AS contractValue, p.jkk, p.jkm
  FROM jakon_projects p JOIN employers e ON e.npp = p.contractor_npp
  LEFT JOIN branch_regencies br ON br.regency_code = p.regency_code
  WHERE p.registered_on <= @end AND p.start_date <= @end AND (p.end_date IS NULL OR p.end_date >= @start)`;

/** Funded programmes covering the month with more members than their quota. */
const OVER_QUOTA_SQL = `
  SELECT p.id, p.name, p.funder_name AS funderName, p.funder_code AS funderCode, p.year, p.month_from AS monthFrom, p.month_to AS monthTo,
    p.quota, p.monthly_contribution AS monthlyContribution, p.funder_code AS regencyCode, br.branch_code AS branchCode,
    (SELECT count(*) FROM funded_members f WHERE f.programme_id = p.id) AS members
  FROM funded_programmes p LEFT JOIN branch_regencies br ON br.regency_code = p.funder_code
  WHERE p.month_from <= @period AND @period <= p.month_to AND (SELECT count(*) FROM funded_members f WHERE f.programme_id = p.id) > p.quota`;

const LATEST_FOLLOWUPS_SQL = `
  SELECT gap_key AS gapKey, status, noted_on AS notedOn, author FROM (
    SELECT f.*, row_number() OVER (PARTITION BY gap_key ORDER BY id DESC) AS rn FROM gap_followups f
  ) WHERE rn = 1`;

/**
 * Every gap of every employer and prospect for one contribution month. A handful of set-based queries
 * (scan-employers.ts) feed the pure rules in shared/gaps; nothing here loops over employers with SQL.
 */
export function computeGaps(db: Db, period: string, today: Date): GapScan {
  const bounds = periodBounds(period);
  const ref = readReferenceBundle(db);
  // Before July 2015 there is no JP; after it, a month the cap table does not reach is a named data gap.
  const cap = jpExistsIn(period) ? jpWageCapAt(period, ref.jpWageCaps) : 0;
  const jpWageCap = cap ?? 0;
  const pensionAge = pensionAgeFor(bounds.year, ref.pensionAges);
  const floors = new Map<string, AppliedMinimumWage>();
  const floorsMissing = new Map<string, { kind: 'UMK' | 'UMP'; year: number }>();
  const umkRegencies = new Set(ref.minimumWages.filter((w) => w.kind === 'UMK').map((w) => w.regencyCode));
  for (const region of ref.regions) {
    const mw = minimumWageFor(region.code, period, ref.minimumWages);
    if (mw) floors.set(region.code, { amount: mw.amount, kind: mw.kind, year: mw.year, confirmed: mw.confirmed });
    else floorsMissing.set(region.code, { kind: umkRegencies.has(region.successorCode ?? region.code) ? 'UMK' : 'UMP', year: bounds.year });
  }
  // "Today" on the wall clocks of each province (WITA, WIB), not UTC: evidence is dated as the desk reads it.
  const contexts = new Map<string, RuleContext>();
  const ctxFor = (regencyCode: string): RuleContext => {
    const zone = timeZoneOfProvince(regencyCode);
    let ctx = contexts.get(zone);
    if (!ctx) {
      const todayLocal = localDate(today, zone);
      ctx = {
        period,
        asOf: todayLocal < bounds.end ? todayLocal : bounds.end,
        jpWageCap,
        jpCapMissing: cap === null,
        pensionAge,
        jkkRates: ref.jkkRates,
      };
      contexts.set(zone, ctx);
    }
    return ctx;
  };
  // A month that has ended is judged on what the store knew at its end (WITA midnight; WIB is an hour later).
  const endInstant = new Date(Date.parse(`${bounds.end}T23:59:59.999+08:00`));
  const endAt = endInstant < today ? endInstant.toISOString() : null;

  // Memoised per hour and zone (both zones are whole hours from UTC): a scan dates tens of thousands of records.
  const dates = new Map<string, string>();
  const dateOf = (iso: string, regencyCode: string) => {
    const zone = timeZoneOfProvince(regencyCode);
    const key = `${iso.slice(0, 13)}|${zone}`;
    let date = dates.get(key);
    if (date === undefined) dates.set(key, (date = localDate(new Date(`${iso.slice(0, 13)}:00:00Z`), zone)));
    return date;
  };
  const relief = jkkReliefFor(period, readJkkReliefs(db));
  const relievedRates = relief ? relievedJkkRates(ref.jkkRates, relief) : null;
  const scan = scanEmployers(db, { bounds, endAt, dateOf, jpWageCap, pensionCutoff: pensionBirthCutoff(bounds, pensionAge), floors });
  const gaps: Gap[] = [];
  const upahWorkers = new Map<string, number[]>();
  const notes = new Map<string, ReferenceGap[]>();
  for (const f of scan.facts) {
    f.floorMissing = floorsMissing.get(f.regencyCode) ?? null;
    const base = ctxFor(f.regencyCode);
    // A qualifying employer's estimates use the discounted JKK rate for the months the relief covers.
    const ctx = f.jkkRelief && relievedRates ? { ...base, jkkRates: relievedRates } : base;
    const info = [minimumWageNote(f), headcountNote(f, ctx)].filter((n): n is ReferenceGap => n !== null);
    if (info.length) notes.set(f.npp, info);
    const tk = pdsTkGap(f, ctx);
    if (tk) gaps.push(tk);
    const upah = pdsUpahGap(f, ctx);
    if (upah) {
      gaps.push(upah);
      upahWorkers.set(upah.key, [...new Set([...f.belowFloor.membershipIds, ...(f.payroll?.membershipIds ?? [])])]);
    }
    const program = pdsProgramGap(f, ctx);
    if (program) gaps.push(program);
  }

  const prospects = stmt(db, UNLINKED_PROSPECTS_SQL).all() as ProspectRow[];
  if (prospects.length) {
    const index = buildMatchIndex(scan.employers);
    for (const p of prospects) {
      const match = matchProspect(p, index);
      if (match.matchedBy) continue;
      const floor = floors.get(p.regencyCode)?.amount ?? null;
      const floorMissing = floorsMissing.get(p.regencyCode) ?? null;
      gaps.push(pwbdGap({ ...p, nearMiss: match.nearMiss, floor, floorMissing }, ctxFor(p.regencyCode)));
    }
  }

  for (const p of stmt(db, JAKON_SQL).all({ start: bounds.start, end: bounds.end }) as Omit<LateProject, 'workingDays'>[]) {
    if (jakonRegisteredLate(p.spkDate, p.registeredOn)) gaps.push(jakonTerlambatGap({ ...p, workingDays: workingDaysBetween(p.spkDate, p.registeredOn) }));
  }

  for (const p of stmt(db, OVER_QUOTA_SQL).all({ period }) as OverQuotaProgramme[]) gaps.push(programLebihKuotaGap(p, period));

  const followUps = new Map(
    (stmt(db, LATEST_FOLLOWUPS_SQL).all() as (GapFollowUpState & { gapKey: string })[]).map((f) => [f.gapKey, f]),
  );
  for (const g of gaps) {
    const f = followUps.get(g.key);
    if (f) g.followUp = { status: f.status, notedOn: f.notedOn, author: f.author };
  }
  return { period, gaps, upahWorkers, payrollWages: scan.payrollWages, wagesInForce: scan.wagesInForce, floors, notes };
}

interface Cached {
  key: string;
  scan: GapScan;
}
const cache = new WeakMap<Db, Map<string, Cached>>();

/**
 * The scan for a period, reused while the store is unchanged: any write on this connection moves
 * total_changes(), a commit by another connection moves data_version. Gaps therefore recompute after
 * every import or edit, and paging through the list does not rescan.
 */
export function gapsFor(db: Db, period: string, today: Date): GapScan {
  const stamp = stmt(db, 'SELECT total_changes() AS t').get() as { t: number };
  const version = db.pragma('data_version', { simple: true }) as number;
  // By the hour: "today" turns over at local midnight (WITA, WIB), not UTC's.
  const key = `${stamp.t}:${version}:${today.toISOString().slice(0, 13)}`;
  let perDb = cache.get(db);
  if (!perDb) cache.set(db, (perDb = new Map()));
  const hit = perDb.get(period);
  if (hit && hit.key === key) return hit.scan;
  const scan = computeGaps(db, period, today);
  perDb.set(period, { key, scan });
  return scan;
}
