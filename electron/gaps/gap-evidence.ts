import type { Gap, PdsUpahEvidence, UnderpaidWorker } from '../../shared/gaps/gap-types';
import { maskNik } from '../../shared/gaps/mask-nik';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import type { GapScan } from './gap-scan';

const WORKERS_SQL = `
  SELECT m.id AS membershipId, m.npp, w.nik, w.name, m.wage
  FROM memberships m JOIN workers w ON w.id = m.worker_id
  WHERE m.id IN (SELECT value FROM json_each(@ids))
  ORDER BY m.npp, m.wage, w.name`;

/**
 * Fills the worker list of the PDS Upah gaps given (one query for all of them). `mask` hides the birth-date
 * part of each NIK, for lists and files that leave the desk (UU 27/2022).
 */
export function withUpahWorkers(db: Db, scan: GapScan, gaps: Gap[], mask: boolean): Gap[] {
  const wanted = gaps.filter((g) => g.code === 'PDS_UPAH');
  if (!wanted.length) return gaps;
  const ids = wanted.flatMap((g) => scan.upahWorkers.get(g.key) ?? []);
  const rows = stmt(db, WORKERS_SQL).all({ ids: JSON.stringify(ids) }) as (Omit<UnderpaidWorker, 'minimumWage' | 'payrollWage' | 'wageShortfall'> & {
    npp: string;
  })[];
  const minimumOf = new Map(wanted.map((g) => [g.npp, (g.evidence as PdsUpahEvidence).minimumWage?.amount ?? null]));
  const byNpp = new Map<string, UnderpaidWorker[]>();
  for (const r of rows) {
    r.wage = scan.wagesInForce.get(r.membershipId) ?? r.wage;
    const minimum = minimumOf.get(r.npp) ?? null;
    const payroll = scan.payrollWages.get(r.membershipId) ?? null;
    const target = Math.max(minimum ?? 0, payroll ?? 0);
    const list = byNpp.get(r.npp) ?? [];
    list.push({
      membershipId: r.membershipId,
      nik: mask ? maskNik(r.nik) : r.nik,
      name: r.name,
      wage: r.wage,
      minimumWage: minimum,
      payrollWage: payroll,
      wageShortfall: Math.max(0, Math.round((target - r.wage) * 100) / 100),
    });
    byNpp.set(r.npp, list);
  }
  return gaps.map((g) =>
    g.code === 'PDS_UPAH' && g.npp ? { ...g, evidence: { ...(g.evidence as PdsUpahEvidence & { source: string; date: string }), workers: byNpp.get(g.npp) ?? [] } } : g,
  );
}
