import type { JakonOwnerKind, JakonProject, JakonProjectDetail } from '../../shared/segments/segment-types';
import { jakonRegisteredLate, workingDaysBetween } from '../../shared/segments/working-days';
import type { Db } from '../db/connection';
import { nowIso, stmt } from '../db/statements';
import { v7 as uuidv7 } from 'uuid';

const select = `SELECT p.id, p.name, p.owner_kind AS ownerKind, p.owner_name AS ownerName, p.contractor_npp AS contractorNpp,
  e.name AS contractorName, p.contract_value AS contractValue, p.regency_code AS regencyCode, p.spk_date AS spkDate,
  p.start_date AS startDate, p.end_date AS endDate, p.registered_on AS registeredOn, p.jkk, p.jkm, p.closed_at AS closedAt,
  (SELECT count(*) FROM jakon_workers j WHERE j.project_id = p.id AND j.status = 'aktif') AS workers
  FROM jakon_projects p JOIN employers e ON e.npp = p.contractor_npp`;

type Row = Omit<JakonProject, 'late' | 'workingDaysToRegister'>;
const withLateness = (r: Row): JakonProject => ({
  ...r,
  late: jakonRegisteredLate(r.spkDate, r.registeredOn),
  workingDaysToRegister: workingDaysBetween(r.spkDate, r.registeredOn),
});

export function getJakonProject(db: Db, id: number): JakonProject | null {
  const row = stmt(db, `${select} WHERE p.id = ?`).get(id) as Row | undefined;
  return row ? withLateness(row) : null;
}

export function listJakonProjects(db: Db, npp: string | null): JakonProject[] {
  return (stmt(db, `${select} WHERE @npp IS NULL OR p.contractor_npp = @npp ORDER BY p.spk_date DESC, p.id DESC`).all({ npp }) as Row[]).map(withLateness);
}

export function insertJakonProject(
  db: Db,
  p: { name: string; ownerKind: JakonOwnerKind; ownerName: string; contractorNpp: string; contractValue: number; regencyCode: string; spkDate: string; startDate: string; endDate: string | null; registeredOn: string; jkk: number; jkm: number },
): number {
  const now = nowIso();
  return Number(
    stmt(
      db,
      `INSERT INTO jakon_projects (gid, name, owner_kind, owner_name, contractor_npp, contract_value, regency_code, spk_date, start_date, end_date, registered_on, jkk, jkm, closed_at, created_at, updated_at)
       VALUES (@gid, @name, @ownerKind, @ownerName, @contractorNpp, @contractValue, @regencyCode, @spkDate, @startDate, @endDate, @registeredOn, @jkk, @jkm, NULL, @now, @now)`,
    ).run({ ...p, gid: uuidv7(), now }).lastInsertRowid,
  );
}

export function insertJakonWorker(db: Db, w: { projectId: number; workerId: number; wage: number | null; startDate: string }): number {
  const now = nowIso();
  return Number(
    stmt(
      db,
      `INSERT INTO jakon_workers (gid, project_id, worker_id, wage, start_date, end_date, status, created_at, updated_at)
       VALUES (@gid, @projectId, @workerId, @wage, @startDate, NULL, 'aktif', @now, @now)`,
    ).run({ ...w, gid: uuidv7(), now }).lastInsertRowid,
  );
}

export function activeJakonWorker(db: Db, projectId: number, workerId: number): boolean {
  return Boolean(stmt(db, `SELECT 1 FROM jakon_workers WHERE project_id = ? AND worker_id = ? AND status = 'aktif'`).get(projectId, workerId));
}

/**
 * A project whose end date has passed closes its workers' memberships (issue 10 §3), ended on the project's
 * end date. Idempotent: returns how many memberships it closed.
 */
export function closeEndedProjects(db: Db, today: string): number {
  const ended = stmt(db, `SELECT id, end_date AS endDate FROM jakon_projects WHERE closed_at IS NULL AND end_date IS NOT NULL AND end_date < ?`).all(today) as {
    id: number;
    endDate: string;
  }[];
  let closed = 0;
  const now = nowIso();
  for (const p of ended) {
    closed += stmt(
      db,
      `UPDATE jakon_workers SET status = 'nonaktif', end_date = min(coalesce(end_date, @endDate), @endDate), updated_at = @now
       WHERE project_id = @id AND status = 'aktif'`,
    ).run({ id: p.id, endDate: p.endDate, now }).changes;
    stmt(db, 'UPDATE jakon_projects SET closed_at = @now, updated_at = @now WHERE id = @id').run({ id: p.id, now });
  }
  return closed;
}

/**
 * A project named on the command line: its id, or its global id where the store carries one (branch sync gives
 * projects a `gid`; a store without the column knows ids only).
 */
export function jakonProjectIdOf(db: Db, ref: string): number | null {
  if (/^\d+$/.test(ref)) return getJakonProject(db, Number(ref)) ? Number(ref) : null;
  const hasGid = (db.pragma('table_info(jakon_projects)') as { name: string }[]).some((c) => c.name === 'gid');
  if (!hasGid) return null;
  const row = db.prepare('SELECT id FROM jakon_projects WHERE gid = ?').get(ref) as { id: number } | undefined;
  return row?.id ?? null;
}

/** The people on a project, newest first (a page), and its roster imports. */
export function jakonProjectWorkers(db: Db, projectId: number, limit: number): JakonProjectDetail['workers'] {
  return stmt(
    db,
    `SELECT w.nik, w.name, j.wage, j.start_date AS startDate, j.end_date AS endDate, j.status
     FROM jakon_workers j JOIN workers w ON w.id = j.worker_id WHERE j.project_id = ? ORDER BY j.id DESC LIMIT ?`,
  ).all(projectId, limit) as JakonProjectDetail['workers'];
}

export function jakonImports(db: Db, projectId: number): JakonProjectDetail['imports'] {
  return stmt(
    db,
    `SELECT id, file_name AS fileName, created_at AS createdAt, user_name AS user, accepted, undone_at AS undoneAt
     FROM jakon_imports WHERE project_id = ? ORDER BY id DESC`,
  ).all(projectId) as JakonProjectDetail['imports'];
}
