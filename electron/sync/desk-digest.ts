import crypto from 'node:crypto';
import { SYNC_ENTITIES, SYNC_ENTITY_NAMES, type WireRow } from '../../shared/sync/entities';
import { digestLine } from '../../shared/sync/digest';
import type { Db } from '../db/connection';
import { DESK_TABLES, wireJson } from './desk-tables';

/**
 * A content hash of the branch's data as this desk holds it: every synced row in the desk's scope, in key
 * order, in wire form. The server computes the same over what it holds; equal digests mean equal data.
 */
export function deskDigest(db: Db, branch: string): string {
  const hash = crypto.createHash('sha256');
  const params = { branch, all: branch === '*' ? 1 : 0 };
  for (const entity of SYNC_ENTITY_NAMES) {
    const t = DESK_TABLES[entity];
    const fields = SYNC_ENTITIES[entity].fields;
    const rows = db
      .prepare(`SELECT key, data FROM (SELECT ${t.key('t')} AS key, ${wireJson(t, 't')} AS data FROM ${t.table} t WHERE ${t.inScope}) ORDER BY key`)
      .iterate(params) as Iterable<{ key: string; data: string }>;
    for (const r of rows) hash.update(digestLine(entity, r.key, JSON.parse(r.data) as WireRow, fields));
  }
  return hash.digest('hex');
}
