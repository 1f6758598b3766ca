import { SYNC_ENTITIES, type SyncEntity } from '../../shared/sync/entities';
import type { PulledRow } from '../../shared/sync/protocol';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';
import type { DeskTable } from './desk-tables';
import { onConflictUpdate } from './upsert-clause';

/** Shorter runs go row by row: one statement over a page's JSON pays off only for many rows. */
export const BULK_FROM_ROWS = 64;

interface BulkSql {
  write: string;
  unresolved: string;
  params: Record<string, string | number | null>;
}

const built = new Map<SyncEntity, BulkSql | null>();

/**
 * One `INSERT … SELECT … FROM json_each(?) … ON CONFLICT DO UPDATE` for a run of pulled rows of one entity:
 * the per-row work of binding and calling into SQLite once per row is most of what a first pull of a
 * branch costs. References by global key are looked up in the statement; a row whose reference has not
 * arrived is left out and found by `unresolved`. Null: the entity has no unique key to upsert on.
 */
function bulkSql(t: DeskTable): BulkSql | null {
  if (built.has(t.entity)) return built.get(t.entity)!;
  const fields = SYNC_ENTITIES[t.entity].fields;
  if (!t.conflictTarget || (t.hasGid && !fields.includes('gid'))) {
    built.set(t.entity, null);
    return null;
  }
  const value = (field: string) => `j.value ->> '${field}'`;
  const lookup = (field: string) => {
    const ref = t.refs!.find((r) => r.field === field)!;
    return `(${ref.lookup.replace('?', value(field))})`;
  };
  const columns: string[] = [];
  const selects: string[] = [];
  for (const field of fields) {
    const ref = t.refs?.find((r) => r.field === field);
    columns.push(ref?.column ?? field);
    selects.push(ref ? lookup(field) : value(field));
  }
  const params: Record<string, string | number | null> = {};
  for (const [column, fixed] of Object.entries(t.insertDefaults ?? {})) {
    if (columns.includes(column)) continue;
    columns.push(column);
    selects.push(column.endsWith('_at') ? '@now' : `@d_${column}`);
    if (!column.endsWith('_at')) params[`d_${column}`] = fixed;
  }
  const resolved = (t.refs ?? []).map((r) => `(${value(r.field)} IS NULL OR ${lookup(r.field)} IS NOT NULL)`);
  const where = resolved.length ? resolved.join(' AND ') : 'true';
  const sql: BulkSql = {
    // `WHERE` before `ON CONFLICT`: SQLite's parser needs it to tell the upsert from a join constraint.
    write: `INSERT INTO ${t.table} (${columns.join(', ')}) SELECT ${selects.join(', ')} FROM json_each(@rows) j WHERE ${where}
            ${onConflictUpdate(t)!}`,
    unresolved: `SELECT CAST(j.key AS INTEGER) FROM json_each(@rows) j WHERE NOT (${where})`,
    params,
  };
  built.set(t.entity, sql);
  return sql;
}

/**
 * Upserts a run of rows of one entity in one statement, inside a savepoint. Returns the rows left for the
 * row-by-row path (references not arrived yet), or null when the run must go row by row entirely (no
 * unique key, or a constraint the row path knows how to settle, such as two active memberships merged).
 */
export function bulkUpsert(db: Db, t: DeskTable, rows: PulledRow[], now: string): PulledRow[] | null {
  const sql = bulkSql(t);
  if (!sql) return null;
  const params = { ...sql.params, now, rows: JSON.stringify(rows.map((r) => r.data)) };
  try {
    const left = db.transaction(() => {
      const unresolved = stmt(db, sql.unresolved).pluck().all(params) as number[];
      stmt(db, sql.write).run(params);
      return unresolved;
    })();
    return left.map((i) => rows[i]!);
  } catch (error) {
    if (error instanceof Error && 'code' in error && String((error as { code: string }).code).startsWith('SQLITE_CONSTRAINT')) return null;
    throw error;
  }
}
