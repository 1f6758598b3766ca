import { SYNC_ENTITY_NAMES, isSyncEntity, type SyncEntity } from '../../shared/sync/entities';
import { EMPTY_DIGEST, xorAll, xorHex } from '../../shared/sync/digest';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';
import { DESK_TABLES, wireJson } from './desk-tables';
import { hashEntity, lineHash, scopeParams } from './digest-hash';
import { hashInWorker, PARALLEL_FROM_ROWS } from './parallel-digest';

/** Rows a sync touched, as `entity\0key`. */
export type DirtyRows = Set<string>;

export const dirtyKey = (entity: string, key: string) => `${entity}\u0000${key}`;

/** Above this many touched rows, hashing everything again is cheaper than row by row. */
const REBUILD_ABOVE = 20_000;

/** The entity hashed in a worker thread when the branch is large: memberships, about half of every row. */
const OFFLOADED: SyncEntity[] = ['membership'];

function rebuild(db: Db, branch: string): string {
  stmt(db, 'DELETE FROM sync_digest_rows').run();
  const large = (stmt(db, 'SELECT count(*) FROM memberships').pluck().get() as number) >= PARALLEL_FROM_ROWS;
  const offloaded = large ? hashInWorker(db, branch, OFFLOADED) : null;
  const here = SYNC_ENTITY_NAMES.filter((e) => !offloaded?.entities.includes(e)).map((e) => hashEntity(db, e, branch));
  const there = offloaded ? (offloaded.collect() ?? offloaded.entities.map((e) => hashEntity(db, e, branch))) : [];
  const put = stmt(db, 'INSERT INTO sync_digest_rows (entity, key, hash) VALUES (?, ?, ?)');
  let digest = EMPTY_DIGEST;
  for (const { entity, keys, hashes } of [...here, ...there]) {
    for (let i = 0; i < keys.length; i++) put.run(entity, keys[i], hashes[i]);
    digest = xorAll(hashes, digest);
  }
  return digest;
}

/**
 * A membership's wage periods and end, and a person's identity corrections, die with it by a cascade the outbox
 * does not see (their keys need the parent): re-judged with it, those still here and those hashed before.
 */
function expandChildren(db: Db, dirty: DirtyRows): void {
  let workers = false;
  for (const k of [...dirty]) {
    const [entity, key] = k.split('\u0000') as [string, string];
    if (entity === 'worker') workers = true;
    if (entity !== 'membership') continue;
    dirty.add(dirtyKey('membership_end', key));
    const held = stmt(db, 'SELECT from_month FROM membership_wages WHERE membership_id = (SELECT id FROM memberships WHERE gid = ?)').pluck().all(key) as string[];
    for (const month of held) dirty.add(dirtyKey('membership_wage', `${key}|${month}`));
    const hashed = stmt(db, `SELECT key FROM sync_digest_rows WHERE entity = 'membership_wage' AND key > ? AND key < ?`).pluck().all(`${key}|`, `${key}}`) as string[];
    for (const wageKey of hashed) dirty.add(dirtyKey('membership_wage', wageKey));
  }
  if (!workers) return;
  const gone = stmt(
    db,
    `SELECT key FROM sync_digest_rows d WHERE entity = 'identity_correction' AND NOT EXISTS (SELECT 1 FROM identity_corrections c WHERE c.gid = d.key)`,
  ).pluck().all() as string[];
  for (const gid of gone) dirty.add(dirtyKey('identity_correction', gid));
}

/** An employer that changed may have moved branch: its memberships and their people are re-judged too. */
function expand(db: Db, dirty: DirtyRows): void {
  for (const k of [...dirty]) {
    const [entity, key] = k.split('\u0000') as [string, string];
    if (entity !== 'employer') continue;
    const rows = stmt(db, 'SELECT m.gid, w.nik FROM memberships m JOIN workers w ON w.id = m.worker_id WHERE m.npp = ?').all(key) as {
      gid: string;
      nik: string;
    }[];
    for (const r of rows) {
      dirty.add(dirtyKey('membership', r.gid));
      dirty.add(dirtyKey('worker', r.nik));
    }
  }
}

function update(db: Db, branch: string, digest: string, dirty: DirtyRows): string {
  for (const k of dirty) {
    const [entity, key] = k.split('\u0000') as [string, string];
    if (!isSyncEntity(entity)) continue;
    const t = DESK_TABLES[entity];
    const row = stmt(db, `SELECT ${wireJson(t, 't')} AS data FROM ${t.table} t WHERE ${t.inScope} AND ${t.where}`).get({
      ...scopeParams(branch),
      ...t.keyParams(key),
    }) as { data: string } | undefined;
    const old = stmt(db, 'SELECT hash FROM sync_digest_rows WHERE entity = ? AND key = ?').pluck().get(entity, key) as string | undefined;
    const next = row ? lineHash(entity, key, row.data) : undefined;
    if (old === next) continue;
    if (old) digest = xorHex(digest, old);
    if (next) {
      digest = xorHex(digest, next);
      stmt(db, 'INSERT INTO sync_digest_rows (entity, key, hash) VALUES (?, ?, ?) ON CONFLICT (entity, key) DO UPDATE SET hash = excluded.hash').run(entity, key, next);
    } else {
      stmt(db, 'DELETE FROM sync_digest_rows WHERE entity = ? AND key = ?').run(entity, key);
    }
  }
  return digest;
}

/**
 * A content hash of the branch's data as this desk holds it: the XOR of the SHA-256 of every synced row of the
 * desk's scope in wire form. The server computes the same over what it holds; equal digests mean equal data.
 * Kept up to date row by row (each row's hash is stored), so a small sync does not re-read the whole branch;
 * `known` is the digest before this sync's changes; null (never built, or a sync cut off) hashes everything again.
 */
export function deskDigest(db: Db, branch: string, dirty: DirtyRows | 'all' = 'all', known: string | null = null): string {
  return db
    .transaction(() => {
      let digest: string;
      if (known === null || dirty === 'all' || dirty.size > REBUILD_ABOVE) {
        digest = rebuild(db, branch);
      } else {
        expand(db, dirty);
        expandChildren(db, dirty);
        digest = update(db, branch, known, dirty);
      }
      stmt(db, 'UPDATE sync_local_state SET digest = ? WHERE id = 1').run(digest);
      return digest;
    })
    .immediate();
}

/**
 * Called before a sync changes rows: returns the digest as it stood and clears it, so a sync cut off before its
 * changes are folded in leaves no stale digest behind (the next one hashes everything again).
 */
export function takeDigest(db: Db): string | null {
  const known = stmt(db, 'SELECT digest FROM sync_local_state WHERE id = 1').pluck().get() as string | null;
  stmt(db, 'UPDATE sync_local_state SET digest = NULL WHERE id = 1').run();
  return known;
}
