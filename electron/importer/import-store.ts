import type { ImportField, ImportKind } from '../../shared/import/fields';
import type { ImportRecord } from '../../shared/import/types';
import type { Db } from '../db/open';
import { nowIso, stmt } from '../db/statements';

export interface NewImport {
  kind: ImportKind;
  npp: string | null;
  fileName: string;
  contentHash: string;
  user: string;
  period: string | null;
  sheet: string;
  headerRow: number;
  totalRows: number;
  accepted: number;
  rejected: number;
  skipped: number;
}

export function insertImport(db: Db, i: NewImport): number {
  const info = stmt(
    db,
    `INSERT INTO imports (kind, npp, file_name, content_hash, user_name, created_at, period, sheet, header_row,
       total_rows, accepted, rejected, skipped, inserted, updated)
     VALUES (@kind, @npp, @fileName, @contentHash, @user, @now, @period, @sheet, @headerRow,
       @totalRows, @accepted, @rejected, @skipped, 0, 0)`,
  ).run({ ...i, now: nowIso() });
  return Number(info.lastInsertRowid);
}

export interface ImportOutcome {
  inserted: number;
  updated: number;
  workerIds: [number, number] | null;
  membershipIds: [number, number] | null;
}

export function finishImport(db: Db, id: number, o: ImportOutcome): void {
  stmt(
    db,
    `UPDATE imports SET inserted = @inserted, updated = @updated, worker_id_from = @wf, worker_id_to = @wt,
       membership_id_from = @mf, membership_id_to = @mt WHERE id = @id`,
  ).run({
    id,
    inserted: o.inserted,
    updated: o.updated,
    wf: o.workerIds?.[0] ?? null,
    wt: o.workerIds?.[1] ?? null,
    mf: o.membershipIds?.[0] ?? null,
    mt: o.membershipIds?.[1] ?? null,
  });
}

export function journal(db: Db, importId: number, entity: 'worker' | 'membership' | 'employer', key: string | number, action: 'insert' | 'update', before: unknown): void {
  // OR IGNORE: a record touched twice by one import keeps its state from before the import.
  stmt(
    db,
    `INSERT OR IGNORE INTO import_journal (import_id, entity, entity_key, action, before_json) VALUES (?, ?, ?, ?, ?)`,
  ).run(importId, entity, String(key), action, before === null ? null : JSON.stringify(before));
}

export interface ImportRow {
  id: number;
  kind: ImportKind;
  npp: string | null;
  file_name: string;
  content_hash: string;
  user_name: string;
  created_at: string;
  sheet: string;
  header_row: number;
  total_rows: number;
  accepted: number;
  rejected: number;
  skipped: number;
  inserted: number;
  updated: number;
  worker_id_from: number | null;
  worker_id_to: number | null;
  membership_id_from: number | null;
  membership_id_to: number | null;
  undone_at: string | null;
  undone_by: string | null;
}

export const toImportRecord = (r: ImportRow): ImportRecord => ({
  id: r.id,
  kind: r.kind,
  npp: r.npp,
  fileName: r.file_name,
  contentHash: r.content_hash,
  user: r.user_name,
  createdAt: r.created_at,
  sheet: r.sheet,
  headerRow: r.header_row,
  totalRows: r.total_rows,
  accepted: r.accepted,
  rejected: r.rejected,
  skipped: r.skipped,
  inserted: r.inserted,
  updated: r.updated,
  undoneAt: r.undone_at,
  undoneBy: r.undone_by,
});

export function getImport(db: Db, id: number): ImportRow | null {
  return (stmt(db, 'SELECT * FROM imports WHERE id = ?').get(id) as ImportRow | undefined) ?? null;
}

export function listImports(db: Db, npp: string | null, kind: ImportKind | null, offset: number, limit: number): { items: ImportRecord[]; total: number } {
  const params = { npp, kind, offset, limit };
  const where = '(@npp IS NULL OR npp = @npp) AND (@kind IS NULL OR kind = @kind)';
  const total = (stmt(db, `SELECT count(*) AS n FROM imports WHERE ${where}`).get(params) as { n: number }).n;
  const rows = stmt(db, `SELECT * FROM imports WHERE ${where} ORDER BY id DESC LIMIT @limit OFFSET @offset`).all(params) as ImportRow[];
  return { items: rows.map(toImportRecord), total };
}

/** The header → field choices remembered for an employer ('' for employer lists). */
export function rememberedMapping(db: Db, npp: string, kind: ImportKind): Record<string, ImportField> {
  const rows = stmt(db, 'SELECT header, field FROM import_mappings WHERE npp = ? AND kind = ?').all(npp, kind) as { header: string; field: ImportField }[];
  return Object.fromEntries(rows.map((r) => [r.header, r.field]));
}

export function rememberMapping(db: Db, npp: string, kind: ImportKind, mapping: Record<string, ImportField>): void {
  const put = stmt(
    db,
    `INSERT INTO import_mappings (npp, kind, header, field, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (npp, kind, header) DO UPDATE SET field = excluded.field, updated_at = excluded.updated_at`,
  );
  const now = nowIso();
  for (const [header, field] of Object.entries(mapping)) put.run(npp, kind, header, field, now);
}
