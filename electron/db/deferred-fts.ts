import type { Db } from './connection';
import { bulkNameWordsInsertSql } from './name-words';

/** `INSERT INTO fts(cols) VALUES (new.…)`, the one statement of an FTS insert trigger. */
const TRIGGER_BODY = /BEGIN\s+INSERT\s+INTO\s+(\w+)\s*\(([^)]*)\)\s*VALUES\s*\(([^)]*)\)\s*;\s*END/i;

/**
 * Name-index insert triggers of another shape, with the statement that does their work for every row above a
 * rowid at once.
 */
const BULK_EQUIVALENTS: Readonly<Record<string, readonly { trigger: string; bulkInsert: string }[]>> = {
  workers: [{ trigger: 'worker_name_words_insert', bulkInsert: bulkNameWordsInsertSql }],
};

const triggerSqlOf = (db: Db, name: string): string | undefined =>
  db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?`).pluck().get(name) as string | undefined;

const maxRowidOf = (db: Db, table: string): number =>
  (db.prepare(`SELECT coalesce(max(rowid), 0) FROM ${table}`).pluck().get() as number) ?? 0;

interface Deferred {
  trigger: string;
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
    for (const other of BULK_EQUIVALENTS[table] ?? []) {
      const triggerSql = triggerSqlOf(db, other.trigger);
      if (triggerSql) deferred.push({ trigger: other.trigger, triggerSql, bulkInsert: other.bulkInsert, maxRowid: maxRowidOf(db, table) });
    }
    const triggerSql = triggerSqlOf(db, `${table}_fts_insert`);
    const body = triggerSql ? TRIGGER_BODY.exec(triggerSql) : null;
    if (!triggerSql || !body) continue; // not the simple shape: leave the trigger to do its work
    const [, fts, columns, values] = body;
    deferred.push({
      trigger: `${table}_fts_insert`,
      triggerSql,
      bulkInsert: `INSERT INTO ${fts}(${columns}) SELECT ${values} FROM ${table} AS new WHERE new.rowid > ? ORDER BY new.rowid`,
      maxRowid: maxRowidOf(db, table),
    });
  }
  for (const d of deferred) db.exec(`DROP TRIGGER ${d.trigger}`);
  try {
    const result = write();
    for (const d of deferred) db.prepare(d.bulkInsert).run(d.maxRowid);
    return result;
  } finally {
    for (const d of deferred) db.exec(d.triggerSql);
  }
}
