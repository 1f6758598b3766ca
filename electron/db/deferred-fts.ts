import type { Db } from './connection';

/** `INSERT INTO fts(cols) VALUES (new.…)`, the one statement of an FTS insert trigger. */
const TRIGGER_BODY = /BEGIN\s+INSERT\s+INTO\s+(\w+)\s*\(([^)]*)\)\s*VALUES\s*\(([^)]*)\)\s*;\s*END/i;

interface Deferred {
  table: string;
  triggerSql: string;
  bulkInsert: string;
  maxRowid: number;
}

/**
 * Runs a bulk write with the full-text insert triggers of `tables` set aside, then indexes the new rows in one
 * statement per table: a trigger firing row by row costs about as much as the row itself. Call inside a
 * transaction (the trigger comes back in it, whatever happens). Rows inserted inside `write` must not be
 * updated or deleted inside it too, since their index entries do not exist yet.
 */
export function withDeferredFtsInserts<T>(db: Db, tables: readonly string[], write: () => T): T {
  const deferred: Deferred[] = [];
  for (const table of tables) {
    const triggerSql = db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?`).pluck().get(`${table}_fts_insert`) as
      | string
      | undefined;
    const body = triggerSql ? TRIGGER_BODY.exec(triggerSql) : null;
    if (!triggerSql || !body) continue; // not the simple shape: leave the trigger to do its work
    const [, fts, columns, values] = body;
    deferred.push({
      table,
      triggerSql,
      bulkInsert: `INSERT INTO ${fts}(${columns}) SELECT ${values} FROM ${table} AS new WHERE new.rowid > ? ORDER BY new.rowid`,
      maxRowid: (db.prepare(`SELECT coalesce(max(rowid), 0) FROM ${table}`).pluck().get() as number) ?? 0,
    });
  }
  for (const d of deferred) db.exec(`DROP TRIGGER ${d.table}_fts_insert`);
  try {
    const result = write();
    for (const d of deferred) db.prepare(d.bulkInsert).run(d.maxRowid);
    return result;
  } finally {
    for (const d of deferred) db.exec(d.triggerSql);
  }
}
