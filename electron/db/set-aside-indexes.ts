import type { Db } from './connection';

/**
 * The record of what a bulk load set aside: a view whose rows are the SQL to run again. It is written in the
 * same transaction as the drops, so a store killed mid-load carries the way back in its own file, and the next
 * open (or the load's end) puts everything back.
 */
const MARKER = 'set_aside_for_bulk_load';

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

interface SetAside {
  kind: 'index' | 'trigger' | 'fts';
  name: string;
  sql: string;
}

/**
 * Drops the non-unique indexes of `tables` and the full-text triggers of `ftsTables` (their `<table>_fts`
 * index is rebuilt whole afterwards): a bulk load into empty tables then writes each row once, and each index
 * and name index is built in one pass at the end. Unique indexes stay (upserts and look-ups need them). Returns
 * false when something is set aside already.
 */
export function setAsideIndexes(db: Db, tables: readonly string[], ftsTables: readonly string[]): boolean {
  return db.transaction(() => {
    if (isSetAside(db)) return false;
    const marks = (list: readonly string[]) => list.map(() => '?').join(', ');
    const indexes = db
      .prepare(
        `SELECT 'index' AS kind, name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${marks(tables)})
           AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY name`,
      )
      .all(...tables) as SetAside[];
    const triggerNames = ftsTables.flatMap((t) => [`${t}_fts_insert`, `${t}_fts_update`, `${t}_fts_delete`]);
    const triggers = ftsTables.length
      ? (db.prepare(`SELECT 'trigger' AS kind, name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (${marks(triggerNames)}) ORDER BY name`).all(...triggerNames) as SetAside[])
      : [];
    const rebuilds: SetAside[] = ftsTables.map((t) => ({ kind: 'fts', name: `${t}_fts`, sql: `INSERT INTO ${t}_fts(${t}_fts) VALUES ('rebuild')` }));
    const all = [...indexes, ...triggers, ...rebuilds];
    if (!all.length) return false;
    db.exec(`CREATE VIEW ${MARKER} (kind, name, sql) AS ${all.map((a) => `SELECT ${quote(a.kind)}, ${quote(a.name)}, ${quote(a.sql)}`).join(' UNION ALL ')}`);
    for (const a of indexes) db.exec(`DROP INDEX ${a.name}`);
    for (const a of triggers) db.exec(`DROP TRIGGER ${a.name}`);
    return true;
  }).immediate();
}

export const isSetAside = (db: Db): boolean =>
  db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'view' AND name = ?`).pluck().get(MARKER) !== undefined;

/** Builds again whatever a bulk load set aside (at its end, or at the next open after a crash). */
export function restoreSetAside(db: Db): boolean {
  if (!isSetAside(db)) return false;
  return db.transaction(() => {
    if (!isSetAside(db)) return false; // another connection finished it first
    const all = db.prepare(`SELECT kind, name, sql FROM ${MARKER}`).all() as SetAside[];
    const order = { index: 0, trigger: 1, fts: 2 } as const;
    for (const a of all.sort((x, y) => order[x.kind] - order[y.kind])) db.exec(a.sql);
    db.exec(`DROP VIEW ${MARKER}`);
    return true;
  }).immediate();
}
