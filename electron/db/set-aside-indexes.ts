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

/** A name index kept by triggers: the triggers to set aside, and the SQL that builds the index whole again. */
export interface NameIndex {
  triggers: readonly string[];
  rebuild: string;
}

/** An FTS5 index `<table>_fts` kept by the usual three triggers. */
export const ftsNameIndex = (table: string): NameIndex => ({
  triggers: [`${table}_fts_insert`, `${table}_fts_update`, `${table}_fts_delete`],
  rebuild: `INSERT INTO ${table}_fts(${table}_fts) VALUES ('rebuild')`,
});

/**
 * Drops the non-unique indexes of `tables` and the triggers of `nameIndexes` (each rebuilt whole afterwards):
 * a bulk load into empty tables then writes each row once, and each index and name index is built in one pass
 * at the end. Unique indexes stay (upserts and look-ups need them). Returns false when something is set aside
 * already.
 */
export function setAsideIndexes(db: Db, tables: readonly string[], nameIndexes: readonly NameIndex[]): boolean {
  return db.transaction(() => {
    if (isSetAside(db)) return false;
    const marks = (list: readonly string[]) => list.map(() => '?').join(', ');
    const indexes = db
      .prepare(
        `SELECT 'index' AS kind, name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${marks(tables)})
           AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY name`,
      )
      .all(...tables) as SetAside[];
    const triggerNames = nameIndexes.flatMap((n) => n.triggers);
    const triggers = triggerNames.length
      ? (db.prepare(`SELECT 'trigger' AS kind, name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (${marks(triggerNames)}) ORDER BY name`).all(...triggerNames) as SetAside[])
      : [];
    // Only the name indexes whose triggers exist in this store are rebuilt.
    const present = new Set(triggers.map((t) => t.name));
    const rebuilds: SetAside[] = nameIndexes
      .filter((n) => n.triggers.some((t) => present.has(t)))
      .map((n, i) => ({ kind: 'fts', name: `name-index-${i}`, sql: n.rebuild }));
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
