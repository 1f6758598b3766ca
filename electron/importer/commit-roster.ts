import { v7 as uuidv7 } from 'uuid';
import type { Employer } from '../../shared/domain/employer';
import type { Db } from '../db/open';
import { joinCodes, nowIso, stmt } from '../db/statements';
import { findWorkersByNik, insertWorker } from '../store/workers';
import { setWagePeriod, wagePeriodAt } from '../store/membership-history';
import type { WagePeriod } from '../../shared/domain/membership-history';
import { journal, type ImportOutcome } from './import-store';
import type { CheckedRosterRow } from './parse-types';

interface MembershipNow {
  id: number;
  wage: number;
  start_date: string;
  end_date: string | null;
  status: string;
  updated_at: string;
}

const maxId = (db: Db, table: 'workers' | 'memberships'): number =>
  (stmt(db, `SELECT coalesce(max(id), 0) AS n FROM ${table}`).get() as { n: number }).n;

const range = (before: number, after: number): [number, number] | null => (after > before ? [before + 1, after] : null);

/** What a roster import journals for a membership it updates; `wagePeriod` lets undo put the history back. */
export interface MembershipJournal {
  wage: number;
  end_date: string | null;
  status: string;
  updated_at: string;
  wagePeriod?: { fromMonth: string; before: WagePeriod | null };
}

/**
 * Writes accepted roster rows inside the caller's transaction. A person already known keeps their identity
 * (name, birth date, gender are the desk's); their membership with this employer is updated (wage, end date)
 * instead of duplicated. A new wage is a wage period from the import's month (never before the membership
 * began), like a change at the desk. Every in-place change is journaled with its previous values for undo.
 */
export function commitRoster(
  db: Db,
  importId: number,
  employer: Employer,
  rows: readonly CheckedRosterRow[],
  period: string,
  onRow?: (done: number) => void,
  every = 5000,
): ImportOutcome {
  const workersBefore = maxId(db, 'workers');
  const membershipsBefore = maxId(db, 'memberships');
  const programs = joinCodes(employer.programs);
  const insertMembership = stmt(
    db,
    `INSERT INTO memberships (gid, worker_id, npp, segment, wage, start_date, end_date, programs, status, created_at, updated_at)
     VALUES (@gid, @workerId, @npp, 'PU', @wage, @startDate, @endDate, @programs, @status, @now, @now)`,
  );
  // The active membership if any, else the latest one: a roster row may close it with an end date.
  const latest = stmt(
    db,
    `SELECT id, wage, start_date, end_date, status, updated_at FROM memberships WHERE worker_id = ? AND npp = ?
     ORDER BY status = 'aktif' DESC, start_date DESC, id DESC LIMIT 1`,
  );
  const updateMembership = stmt(
    db,
    `UPDATE memberships SET wage = @wage, end_date = @endDate, status = @status, updated_at = @now WHERE id = @id`,
  );
  const updateKpj = stmt(db, 'UPDATE workers SET kpj = ?, updated_at = ? WHERE id = ?');
  const now = nowIso();
  let inserted = 0;
  let updated = 0;
  // NIKs are unique within an accepted roster (DUPLICATE_IN_FILE), so one lookup before the loop holds throughout.
  const knownWorkers = findWorkersByNik(db, rows.map((r) => r.nik));

  rows.forEach((row, i) => {
    if (onRow && i % every === 0) onRow(i);
    const known = knownWorkers.get(row.nik);
    let workerId: number;
    if (!known) {
      workerId = insertWorker(db, { nik: row.nik, name: row.name, birthDate: row.birthDate, gender: row.gender, kpj: row.kpj, phone: null }, now);
    } else {
      workerId = known.id;
      if (row.kpj && row.kpj !== known.kpj) {
        const before = stmt(db, 'SELECT kpj, updated_at FROM workers WHERE id = ?').get(known.id);
        journal(db, importId, 'worker', known.id, 'update', before);
        updateKpj.run(row.kpj, now, known.id);
      }
    }
    const status = row.endDate ? 'nonaktif' : 'aktif';
    const current = known ? (latest.get(workerId, employer.npp) as MembershipNow | undefined) : undefined;
    const sameSpell = current && (current.status === 'aktif' || !current.end_date || row.startDate <= current.end_date);
    if (!current || !sameSpell) {
      insertMembership.run({ gid: uuidv7(), workerId, npp: employer.npp, wage: row.wage, startDate: row.startDate, endDate: row.endDate, programs, status, now });
      inserted++;
      return;
    }
    if (current.wage === row.wage && current.end_date === row.endDate && current.status === status) return;
    const startMonth = current.start_date.slice(0, 7);
    const fromMonth = period > startMonth ? period : startMonth;
    const wageChanged = current.wage !== row.wage;
    const before: MembershipJournal = {
      wage: current.wage,
      end_date: current.end_date,
      status: current.status,
      updated_at: current.updated_at,
      ...(wageChanged ? { wagePeriod: { fromMonth, before: wagePeriodAt(db, current.id, fromMonth) } } : {}),
    };
    journal(db, importId, 'membership', current.id, 'update', before);
    updateMembership.run({ id: current.id, wage: row.wage, endDate: row.endDate, status, now });
    if (wageChanged) setWagePeriod(db, { membershipId: current.id, fromMonth, wage: row.wage, source: 'impor', importId });
    updated++;
  });
  return {
    inserted,
    updated,
    workerIds: range(workersBefore, maxId(db, 'workers')),
    membershipIds: range(membershipsBefore, maxId(db, 'memberships')),
  };
}
