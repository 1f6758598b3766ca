import type { ProspectSource } from '../../shared/gaps/gap-types';
import type { ListImportRecord, ListKind } from '../../shared/lists/list-types';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';

export interface ListImportRow {
  id: number;
  kind: ListKind;
  file_name: string;
  user_name: string;
  created_at: string;
  npp: string | null;
  period: string | null;
  source: string | null;
  received: number;
  imported: number;
  skipped: number;
  result: string;
  replaced: string | null;
  undone_at: string | null;
  undone_by: string | null;
}

export function insertListImport(
  db: Db,
  r: { kind: ListKind; fileName: string; user: string; createdAt: string; npp: string | null; period: string | null; source: string | null },
): number {
  return Number(
    stmt(
      db,
      `INSERT INTO list_imports (kind, file_name, user_name, created_at, npp, period, source, received, imported, skipped, result)
       VALUES (@kind, @fileName, @user, @createdAt, @npp, @period, @source, 0, 0, 0, '{}')`,
    ).run(r).lastInsertRowid,
  );
}

export function finishListImport(
  db: Db,
  id: number,
  r: { received: number; imported: number; skipped: number; result: unknown; replaced: unknown },
): void {
  stmt(db, `UPDATE list_imports SET received = @received, imported = @imported, skipped = @skipped, result = @result, replaced = @replaced WHERE id = @id`).run({
    id,
    received: r.received,
    imported: r.imported,
    skipped: r.skipped,
    result: JSON.stringify(r.result),
    replaced: r.replaced === null ? null : JSON.stringify(r.replaced),
  });
}

export function getListImport(db: Db, id: number): ListImportRow | null {
  return (stmt(db, 'SELECT * FROM list_imports WHERE id = ?').get(id) as ListImportRow | undefined) ?? null;
}

const toRecord = (r: ListImportRow): ListImportRecord => ({
  id: r.id,
  kind: r.kind,
  fileName: r.file_name,
  user: r.user_name,
  createdAt: r.created_at,
  npp: r.npp,
  period: r.period,
  source: r.source as ProspectSource | null,
  received: r.received,
  imported: r.imported,
  skipped: r.skipped,
  undoneAt: r.undone_at,
  undoneBy: r.undone_by,
});

export function listListImports(db: Db, kind: ListKind | null, offset: number, limit: number): { items: ListImportRecord[]; total: number } {
  const total = stmt(db, 'SELECT count(*) AS n FROM list_imports WHERE @kind IS NULL OR kind = @kind').get({ kind }) as { n: number };
  const rows = stmt(db, 'SELECT * FROM list_imports WHERE @kind IS NULL OR kind = @kind ORDER BY id DESC LIMIT @limit OFFSET @offset').all({
    kind,
    limit,
    offset,
  }) as ListImportRow[];
  return { items: rows.map(toRecord), total: total.n };
}
