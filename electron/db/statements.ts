import type Database from 'better-sqlite3';

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** A prepared statement, prepared once per connection. Parameters are always bound, never spliced. */
export function stmt(db: Database.Database, sql: string): Database.Statement {
  let perDb = cache.get(db);
  if (!perDb) cache.set(db, (perDb = new Map()));
  let s = perDb.get(sql);
  if (!s) perDb.set(sql, (s = db.prepare(sql)));
  return s;
}

export const nowIso = (): string => new Date().toISOString();

export const joinCodes = (codes: readonly string[]): string => [...new Set(codes)].sort().join(',');
export const splitCodes = <T extends string>(text: string): T[] => (text ? (text.split(',') as T[]) : []);

/** An FTS5 prefix query from free text: each word quoted, so user input can never be FTS syntax. */
export function ftsPrefixQuery(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  return words?.length ? words.map((w) => `"${w}"*`).join(' ') : null;
}
