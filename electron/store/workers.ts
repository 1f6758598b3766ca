import type { Gender, Worker, WorkerListItem } from '../../shared/domain/worker';
import type { Db } from '../db/connection';
import { nowIso, stmt } from '../db/statements';
import { nameHits } from './worker-search';
import { participationsOf } from './participations';

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

/** The rows of `workers-search`: each participation of the people `hits` found, with the person's columns. */
const participations = (hits: string, order: string) => `
  WITH hit AS (${hits}), p AS (${participationsOf('SELECT id FROM hit')})
  SELECT w.nik, w.name, w.birth_date AS birthDate, w.gender, p.wage, p.startDate, p.status, p.npp, p.employerName,
    p.membershipId, p.source, p.segment
  FROM p JOIN workers w ON w.id = p.workerId
  ORDER BY ${order} LIMIT @limit`;

/** By NIK (whole or leading digits) or by name; one row per participation (every segment), active first. */
export function searchWorkers(db: Db, query: string, limit: number, month = nowIso().slice(0, 7)): WorkerListItem[] {
  const clean = (rows: (WorkerListItem & { source: string | null })[]): WorkerListItem[] =>
    rows.map(({ source, ...r }) => (source ? { ...r, source: source as WorkerListItem['source'] } : r));
  const digits = query.replace(/[\s.]/g, '');
  if (/^\d+$/.test(digits)) {
    return clean(
      stmt(db, participations('SELECT id FROM workers WHERE nik >= @lo AND nik < @hi', 'nik, status, startDate DESC')).all({
        lo: digits,
        hi: `${digits}:`,
        limit,
        month,
      }) as never,
    );
  }
  const hits = nameHits(query);
  if (!hits) return [];
  return clean(stmt(db, participations(hits.sql, 'name, status, startDate DESC')).all({ ...hits.params, limit, month }) as never);
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
