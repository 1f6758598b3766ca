import type { EndReason } from '../../shared/domain/membership-history';
import type { ProgramCode } from '../../shared/domain/reference';
import type { Membership } from '../../shared/domain/worker';
import { normaliseNpp } from '../../shared/validate/npp';
import { runBulk } from '../audit/actor';
import type { Db } from '../db/open';
import { joinCodes, nowIso, stmt } from '../db/statements';
import { AppError } from '../errors/app-error';
import { appendAudit } from '../store/audit';
import { getEmployer } from '../store/employers';
import { recordEnd, setWagePeriod } from '../store/membership-history';
import { activeMembership, endMembership, getMembership, insertMembership } from '../store/memberships';

type Stored = Membership & { employerName: string };

function activeById(db: Db, membershipId: number): Stored {
  const m = getMembership(db, membershipId);
  if (!m) throw new AppError('MEMBERSHIP_NOT_FOUND', { id: membershipId });
  if (m.status !== 'aktif') throw new AppError('MEMBERSHIP_NOT_ACTIVE', { id: membershipId, endDate: m.endDate ?? '' });
  return m;
}

const workerIdOf = (db: Db, membershipId: number): number =>
  (stmt(db, 'SELECT worker_id FROM memberships WHERE id = ?').get(membershipId) as { worker_id: number }).worker_id;

/** The day before an ISO date: the last day at the old employer when a worker moves. */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * A new wage from a contribution month; earlier months keep the wage they had. The first month of the
 * membership replaces its starting wage; a month before it is refused.
 */
export function changeWage(db: Db, membershipId: number, wage: number, fromMonth: string): Stored {
  const m = activeById(db, membershipId);
  const startMonth = m.startDate.slice(0, 7);
  if (fromMonth < startMonth) throw new AppError('WAGE_FROM_BEFORE_START', { from: fromMonth, start: startMonth });
  setWagePeriod(db, { membershipId, fromMonth, wage, source: 'meja' });
  appendAudit(db, { action: 'wage_change', entity: 'membership', entityId: String(membershipId), detail: { fromMonth, wage, previous: m.wage } });
  return getMembership(db, membershipId)!;
}

/** Ends an active membership on a date, with its reason. */
export function endWithReason(db: Db, membershipId: number, endDate: string, reason: EndReason, movedTo: number | null = null): Stored {
  const m = getMembership(db, membershipId);
  if (!m) throw new AppError('MEMBERSHIP_NOT_FOUND', { id: membershipId });
  if (m.status !== 'aktif') throw new AppError('MEMBERSHIP_NOT_ACTIVE', { id: membershipId, endDate: m.endDate ?? '' });
  if (endDate < m.startDate) throw new AppError('END_DATE_INVALID', { date: endDate, startDate: m.startDate });
  endMembership(db, membershipId, endDate);
  recordEnd(db, membershipId, reason, movedTo);
  return getMembership(db, membershipId)!;
}

/**
 * Moves a worker: the membership here ends the day before `date` (reason `moved`) and one at the other
 * employer starts on `date`, with that employer's programs. The caller's transaction makes it one step.
 */
export function moveWorker(db: Db, membershipId: number, toNppInput: string, date: string, wage?: number): { ended: Stored; started: Stored } {
  const m = activeById(db, membershipId);
  const toNpp = normaliseNpp(toNppInput);
  if (toNpp === m.npp) throw new AppError('MOVE_SAME_EMPLOYER', { npp: toNpp });
  const target = getEmployer(db, toNpp);
  if (!target) throw new AppError('EMPLOYER_NOT_FOUND', { npp: toNpp });
  const lastDay = dayBefore(date);
  if (lastDay < m.startDate) throw new AppError('MOVE_DATE_INVALID', { date, startDate: m.startDate });
  const workerId = workerIdOf(db, membershipId);
  const open = activeMembership(db, workerId, toNpp);
  if (open) throw new AppError('ALREADY_ENROLLED', { startDate: open.startDate });
  const newId = insertMembership(db, { workerId, npp: toNpp, segment: m.segment, wage: wage ?? m.wage, startDate: date, programs: target.programs });
  const ended = endWithReason(db, membershipId, lastDay, 'moved', newId);
  appendAudit(db, { action: 'move', entity: 'membership', entityId: String(membershipId), detail: { from: m.npp, to: toNpp, date, started: newId } });
  return { ended, started: getMembership(db, newId)! };
}

/**
 * An employer's programs change for all its active members at once. The members' rows are one audit entry
 * (not one per member: an employer of 30,000 would flood the trail); the employer's own change is audited.
 */
export function changeEmployerPrograms(db: Db, nppInput: string, programs: ProgramCode[]): { npp: string; programs: ProgramCode[]; memberships: number } {
  const npp = normaliseNpp(nppInput);
  const employer = getEmployer(db, npp);
  if (!employer) throw new AppError('EMPLOYER_NOT_FOUND', { npp });
  const codes = joinCodes(programs);
  const now = nowIso();
  stmt(db, 'UPDATE employers SET programs = ?, updated_at = ? WHERE npp = ?').run(codes, now, npp);
  const changed = runBulk(
    () => stmt(db, `UPDATE memberships SET programs = ?, updated_at = ? WHERE npp = ? AND status = 'aktif' AND programs IS NOT ?`).run(codes, now, npp, codes).changes,
  );
  appendAudit(db, { action: 'programs_change', entity: 'employer', entityId: npp, detail: { before: employer.programs, after: codes.split(','), memberships: changed } });
  return { npp, programs: codes.split(',') as ProgramCode[], memberships: changed };
}
