import type { Gender, Worker, WorkerListItem } from '../../shared/domain/worker';
import type { Db } from '../db/connection';
import { ftsPrefixQuery, nowIso, stmt } from '../db/statements';

interface WorkerRow {
  id: number;
  nik: string;
  name: string;
  birth_date: string;
  gender: string;
  kpj: string | null;
  phone: string | null;
}

const toWorker = (r: WorkerRow): Worker => ({
  nik: r.nik,
  name: r.name,
  birthDate: r.birth_date,
  gender: r.gender as Gender,
  kpj: r.kpj,
  phone: r.phone,
});

export function findWorker(db: Db, nik: string): (Worker & { id: number }) | null {
  const row = stmt(db, 'SELECT * FROM workers WHERE nik = ?').get(nik) as WorkerRow | undefined;
  return row ? { id: row.id, ...toWorker(row) } : null;
}

export function insertWorker(db: Db, w: Worker, now = nowIso()): number {
  // Positional binding: imports call this for every row of a roster.
  const info = stmt(
    db,
    `INSERT INTO workers (nik, name, birth_date, gender, kpj, phone, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(w.nik, w.name, w.birthDate, w.gender, w.kpj, w.phone, now, now);
  return Number(info.lastInsertRowid);
}

/** The people among `niks` already in the store, in one set-based query (for imports of many rows). */
export function findWorkersByNik(db: Db, niks: readonly string[]): Map<string, { id: number; kpj: string | null }> {
  const rows = stmt(db, 'SELECT w.nik, w.id, w.kpj FROM json_each(?) j JOIN workers w ON w.nik = j.value').all(JSON.stringify(niks)) as {
    nik: string;
    id: number;
    kpj: string | null;
  }[];
  return new Map(rows.map((r) => [r.nik, { id: r.id, kpj: r.kpj }]));
}

/** Fills in contact details the desk learned later; identity fields (name, birth date, gender) are kept. */
export function updateWorkerContact(db: Db, id: number, kpj: string | null, phone: string | null): void {
  stmt(
    db,
    `UPDATE workers SET kpj = coalesce(@kpj, kpj), phone = coalesce(@phone, phone), updated_at = @now WHERE id = @id`,
  ).run({ id, kpj, phone, now: nowIso() });
}

const listColumns = `w.nik, w.name, w.birth_date AS birthDate, w.gender, m.wage, m.start_date AS startDate,
  m.status, m.npp, e.name AS employerName, m.id AS membershipId`;

/** By NIK (whole or leading digits) or by name; one row per membership, active first. */
export function searchWorkers(db: Db, query: string, limit: number): WorkerListItem[] {
  const digits = query.replace(/[\s.]/g, '');
  if (/^\d+$/.test(digits)) {
    return stmt(
      db,
      `SELECT ${listColumns} FROM workers w
         JOIN memberships m ON m.worker_id = w.id JOIN employers e ON e.npp = m.npp
       WHERE w.nik >= @lo AND w.nik < @hi
       ORDER BY w.nik, m.status, m.start_date DESC LIMIT @limit`,
    ).all({ lo: digits, hi: `${digits}:`, limit }) as WorkerListItem[];
  }
  const fts = ftsPrefixQuery(query);
  if (!fts) return [];
  return stmt(
    db,
    `SELECT ${listColumns} FROM workers w
       JOIN memberships m ON m.worker_id = w.id JOIN employers e ON e.npp = m.npp
     WHERE w.id IN (SELECT rowid FROM workers_fts WHERE workers_fts MATCH @fts)
     ORDER BY w.name, m.status, m.start_date DESC LIMIT @limit`,
  ).all({ fts, limit }) as WorkerListItem[];
}

export function listWorkersOfEmployer(
  db: Db,
  npp: string,
  status: 'aktif' | 'nonaktif' | undefined,
  offset: number,
  limit: number,
): { items: WorkerListItem[]; total: number } {
  const params = { npp, status: status ?? null, offset, limit };
  const filter = 'm.npp = @npp AND (@status IS NULL OR m.status = @status)';
  const total = (stmt(db, `SELECT count(*) AS n FROM memberships m WHERE ${filter}`).get(params) as { n: number }).n;
  const items = stmt(
    db,
    `SELECT ${listColumns} FROM memberships m
       JOIN workers w ON w.id = m.worker_id JOIN employers e ON e.npp = m.npp
     WHERE ${filter}
     ORDER BY w.name, w.nik LIMIT @limit OFFSET @offset`,
  ).all(params) as WorkerListItem[];
  return { items, total };
}

export function countWorkers(db: Db): number {
  return (stmt(db, 'SELECT count(*) AS n FROM workers').get() as { n: number }).n;
}
