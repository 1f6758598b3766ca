import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import { SYNC_ENTITIES, type SyncEntity, type WireRow } from '../../shared/sync/entities';
import { digestLine } from '../../shared/sync/digest';
import { DESK_TABLES, wireJson } from './desk-tables';

/** One row's share of the digest: the SHA-256 of its digest line. */
export const lineHash = (entity: SyncEntity, key: string, data: string): string =>
  crypto.createHash('sha256').update(digestLine(entity, key, JSON.parse(data) as WireRow, SYNC_ENTITIES[entity].fields)).digest('hex');

export const scopeParams = (branch: string) => ({ branch, all: branch === '*' ? 1 : 0 });

/** Every row of one entity in the desk's scope, hashed: keys and hashes side by side, sorted by key. */
export interface EntityHashes {
  entity: SyncEntity;
  keys: string[];
  hashes: string[];
}

/** Plain SQLite only (no functions of ours), so a second read-only connection in a worker thread can run it too. */
export function hashEntity(db: Database.Database, entity: SyncEntity, branch: string): EntityHashes {
  const t = DESK_TABLES[entity];
  const rows = db
    .prepare(`SELECT ${t.key('t')} AS key, ${wireJson(t, 't')} AS data FROM ${t.table} t WHERE ${t.inScope}`)
    .iterate(scopeParams(branch)) as Iterable<{ key: string; data: string }>;
  const pairs: [string, string][] = [];
  for (const r of rows) pairs.push([r.key, lineHash(entity, r.key, r.data)]);
  // Stored in key order: appends to the digest table's B-tree instead of inserts all over it.
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { entity, keys: pairs.map((p) => p[0]), hashes: pairs.map((p) => p[1]) };
}
