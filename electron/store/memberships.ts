import { v7 as uuidv7 } from 'uuid';
import type { ProgramCode } from '../../shared/domain/reference';
import type { Membership, MembershipStatus, Segment } from '../../shared/domain/worker';
import type { Db } from '../db/connection';
import { joinCodes, nowIso, splitCodes, stmt } from '../db/statements';

interface MembershipRow {
  id: number;
  nik: string;
  npp: string;
  segment: string;
  wage: number;
  start_date: string;
  end_date: string | null;
  programs: string;
  status: string;
  employer_name: string;
}

const select = `SELECT m.id, w.nik, m.npp, m.segment, m.wage, m.start_date, m.end_date, m.programs, m.status,
  e.name AS employer_name
  FROM memberships m JOIN workers w ON w.id = m.worker_id JOIN employers e ON e.npp = m.npp`;

const toMembership = (r: MembershipRow): Membership & { employerName: string } => ({
  id: r.id,
  nik: r.nik,
  npp: r.npp,
  segment: r.segment as Segment,
  wage: r.wage,
  startDate: r.start_date,
  endDate: r.end_date,
  programs: splitCodes<ProgramCode>(r.programs),
  status: r.status as MembershipStatus,
  employerName: r.employer_name,
});

export function getMembership(db: Db, id: number): (Membership & { employerName: string }) | null {
  const row = stmt(db, `${select} WHERE m.id = ?`).get(id) as MembershipRow | undefined;
  return row ? toMembership(row) : null;
}

export function membershipsOfWorker(db: Db, workerId: number): (Membership & { employerName: string })[] {
  const rows = stmt(db, `${select} WHERE m.worker_id = ? ORDER BY m.status, m.start_date DESC`).all(workerId);
  return (rows as MembershipRow[]).map(toMembership);
}

export function activeMembership(db: Db, workerId: number, npp: string): Membership | null {
  const row = stmt(db, `${select} WHERE m.worker_id = ? AND m.npp = ? AND m.status = 'aktif'`).get(workerId, npp);
  return row ? toMembership(row as MembershipRow) : null;
}

export interface NewMembership {
  workerId: number;
  npp: string;
  segment: Segment;
  wage: number;
  startDate: string;
  programs: ProgramCode[];
}

export function insertMembership(db: Db, m: NewMembership): number {
  const now = nowIso();
  const info = stmt(
    db,
    `INSERT INTO memberships (gid, worker_id, npp, segment, wage, start_date, end_date, programs, status, created_at, updated_at)
     VALUES (@gid, @workerId, @npp, @segment, @wage, @startDate, NULL, @programs, 'aktif', @now, @now)`,
  ).run({ ...m, gid: uuidv7(), programs: joinCodes(m.programs), now });
  return Number(info.lastInsertRowid);
}

export function endMembership(db: Db, id: number, endDate: string): void {
  stmt(db, `UPDATE memberships SET end_date = @endDate, status = 'nonaktif', updated_at = @now WHERE id = @id`).run({
    id,
    endDate,
    now: nowIso(),
  });
}

export function countActiveMemberships(db: Db): number {
  return (stmt(db, `SELECT count(*) AS n FROM memberships WHERE status = 'aktif'`).get() as { n: number }).n;
}
