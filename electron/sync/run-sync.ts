import os from 'node:os';
import path from 'node:path';
import type { AuditRecord, SyncChange, SyncSummary } from '../../shared/sync/protocol';
import { SYNC_ENTITIES, isSyncEntity } from '../../shared/sync/entities';
import { AppError } from '../errors/app-error';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';
import { applyPulledPage } from './apply-pull';
import { bindStore } from './bind';
import { endBulkPull, startBulkPull } from './first-pull';
import { deskDigest, dirtyKey, takeDigest, type DirtyRows } from './desk-digest';
import { dropFirst, nextAudit, nextChanges } from './outbox';
import { SyncClient } from './sync-client';
import { pendingCount, readSyncState, updateSyncState } from './sync-state';

export const PUSH_BATCH = 5000;
export const AUDIT_BATCH = 2000;
export const PULL_PAGE = 10_000;

export interface SyncOptions {
  serverUrl?: string;
  deskKey?: string;
  /** The store file: with the machine's name, the identity a copied store cannot share. */
  dbFile: string;
  /** Test hook: stop after this many push batches (a push cut off half-way). */
  maxPushBatches?: number;
  /** Test hook: changes per push batch. */
  pushBatch?: number;
  /** Test hook: the server applies this batch (1-based) but its answer is lost, as when a link drops. */
  loseAnswerOfBatch?: number;
  onProgress?: (p: { stage: 'push' | 'pull'; done: number; total?: number }) => void;
}

/** Which PC and which file: a store copied elsewhere presents a different one and is refused by the server. */
export const storeFingerprint = (dbFile: string): string => `${os.hostname()}:${path.resolve(dbFile)}`;

/**
 * One sync: push every queued change (in numbered batches the server applies exactly once), then pull what
 * changed on the server since the stored cursor. Unreachable → SYNC_UNREACHABLE with the queue untouched.
 */
export async function runSync(db: Db, options: SyncOptions): Promise<SyncSummary> {
  let state = readSyncState(db);
  const serverUrl = options.serverUrl ?? state.server_url;
  const deskKey = options.deskKey ?? state.desk_key;
  if (!serverUrl || !deskKey) throw new AppError('SYNC_NOT_CONFIGURED');
  const client = new SyncClient(serverUrl, deskKey);
  const fingerprint = storeFingerprint(options.dbFile);
  updateSyncState(db, { last_attempt_at: new Date().toISOString() });
  try {
    const hello = await client.hello(fingerprint);
    let dirty: DirtyRows | 'all' = new Set<string>();
    if (!state.server_url || state.server_url !== serverUrl || state.desk_key !== deskKey) {
      bindStore(db, { serverUrl, deskKey, deskName: hello.desk, branch: hello.branch });
      state = readSyncState(db);
      dirty = 'all';
    }
    // Until this sync's changes are folded into the digest, the stored one is not trusted (a crash rebuilds it).
    const digestBefore = takeDigest(db);
    let rebased = false;
    if (state.rebase_pending) {
      await rebase(db, client, fingerprint, hello.lastSeq);
      rebased = true;
      state = readSyncState(db);
      dirty = 'all';
    }
    const touched = dirty === 'all' ? new Set<string>() : dirty;
    const { pushed, refused, refusedItems } = await pushAll(db, client, fingerprint, hello.desk, options, touched);
    const pulled = await pullAll(db, client, options, touched);
    state = readSyncState(db);
    const digest = deskDigest(db, state.branch ?? '', dirty, digestBefore);
    updateSyncState(db, { last_sync_at: new Date().toISOString(), last_error: null });
    const conflicts = stmt(db, 'SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL').pluck().get() as number;
    return { pushed, pulled, conflicts, pending: pendingCount(db), digest, refused, refusedItems, ...(rebased ? { rebased } : {}) };
  } catch (error) {
    updateSyncState(db, { last_error: error instanceof AppError ? error.code : 'INTERNAL' });
    throw error;
  }
}

/**
 * After a restore the store's numbering is behind the server's. The changes queued before the backup that the
 * old store went on to push are on the server already (same order): drop them; renumber the rest after the
 * server's last; pull everything again so the desk holds what the server holds.
 */
async function rebase(db: Db, client: SyncClient, fingerprint: string, serverLastSeq: number): Promise<void> {
  const state = readSyncState(db);
  const response = await client.push({ baseSeq: state.acked_seq, rebase: true, fingerprint, changes: [], audit: [] });
  const lastSeq = Math.max(response.lastSeq, serverLastSeq);
  db.transaction(() => {
    const alreadySent = Math.max(0, lastSeq - state.acked_seq);
    const restoredQueue = stmt(db, 'SELECT count(*) FROM sync_outbox WHERE id <= ?').pluck().get(state.restored_outbox_max) as number;
    dropFirst(db, Math.min(alreadySent, restoredQueue));
    updateSyncState(db, { acked_seq: lastSeq, cursor: 0, full_pull: 1, rebase_pending: 0, restored_outbox_max: 0 });
  }).immediate();
}

/** A changed membership (PU, BPU, a programme's, a project's) may bring its person into or out of the branch: both are re-hashed. */
function touch(dirty: DirtyRows, entity: string, key: string, row: { nik?: unknown } | null | undefined): void {
  if (entity === 'conflict') return;
  dirty.add(dirtyKey(entity, key));
  if ((entity === 'membership' || (isSyncEntity(entity) && SYNC_ENTITIES[entity].person)) && typeof row?.nik === 'string') dirty.add(dirtyKey('worker', row.nik));
}

/** One push request's worth of the queue, numbered as if every batch before it is accepted whole. */
interface PushBatch {
  baseSeq: number;
  changes: SyncChange[];
  lastId: number;
  audit: AuditRecord[];
  auditAfter: number;
}

function prepareBatch(db: Db, desk: string, limit: number, baseSeq: number, afterId: number, auditAfter: number, epoch: number): PushBatch {
  const { changes, lastId } = nextChanges(db, baseSeq, desk, limit, afterId);
  return { baseSeq, changes, lastId, audit: nextAudit(db, auditAfter, epoch, AUDIT_BATCH), auditAfter };
}

async function pushAll(db: Db, client: SyncClient, fingerprint: string, desk: string, options: SyncOptions, dirty: DirtyRows) {
  let pushed = 0;
  let refused = 0;
  const refusedItems: { entity: string; key: string; code: string }[] = [];
  let batches = 0;
  const total = pendingCount(db);
  const limit = options.pushBatch ?? PUSH_BATCH;
  const fromHead = () => {
    const state = readSyncState(db);
    return prepareBatch(db, desk, limit, state.acked_seq, 0, state.audit_pushed_id, state.epoch);
  };
  let batch = fromHead();
  for (;;) {
    const { changes, audit } = batch;
    if (!changes.length && !audit.length) break;
    if (options.maxPushBatches !== undefined && batches >= options.maxPushBatches) break;
    for (const c of changes) touch(dirty, c.entity, c.key, c.data ?? c.prev);
    const answer = client.push({ baseSeq: batch.baseSeq, fingerprint, changes, audit });
    answer.catch(() => undefined); // awaited below; a failure is reported there
    // While the server applies this batch, the next one is read from the queue (numbered as if this one is accepted whole).
    const upcoming = prepareBatch(
      db,
      desk,
      limit,
      batch.baseSeq + changes.length,
      batch.lastId,
      audit.at(-1)?.localId ?? batch.auditAfter,
      readSyncState(db).epoch,
    );
    const response = await answer;
    batches += 1;
    if (options.loseAnswerOfBatch === batches) throw new AppError('SYNC_UNREACHABLE', { detail: 'answer lost (test)' });
    db.transaction(() => {
      dropFirst(db, response.lastSeq - batch.baseSeq);
      updateSyncState(db, { acked_seq: response.lastSeq, audit_pushed_id: audit.at(-1)?.localId ?? batch.auditAfter });
    }).immediate();
    pushed += changes.length;
    const bySeq = new Map(changes.map((c) => [c.seq, c]));
    for (const a of response.answers) {
      if (a.outcome !== 'refused') continue;
      refused += 1;
      const c = bySeq.get(a.seq);
      if (c && refusedItems.length < 1000) refusedItems.push({ entity: c.entity, key: c.key, code: a.code ?? 'REFUSED' });
    }
    options.onProgress?.({ stage: 'push', done: pushed, total });
    // Anything other than the whole batch accepted: read the queue again from its head.
    batch = response.lastSeq === upcoming.baseSeq && changes.length > 0 ? upcoming : fromHead();
  }
  return { pushed, refused, refusedItems };
}

async function pullAll(db: Db, client: SyncClient, options: SyncOptions, dirty: DirtyRows): Promise<number> {
  const state = readSyncState(db);
  const full = state.full_pull === 1;
  // A first pull writes hundreds of thousands of rows into several indexes: give it a page cache to match.
  const cacheBefore = db.pragma('cache_size', { simple: true }) as number;
  db.pragma('cache_size = -131072');
  let bulk = false;
  try {
    return await pullPages(db, client, options, state.cursor, full, dirty, () => (bulk = startBulkPull(db)));
  } finally {
    if (bulk) endBulkPull(db);
    db.pragma(`cache_size = ${cacheBefore}`);
  }
}

async function pullPages(db: Db, client: SyncClient, options: SyncOptions, cursor: number, full: boolean, dirty: DirtyRows, onLargePull: () => void): Promise<number> {
  let pulled = 0;
  // The next page is asked for before this one is applied, so the server's work overlaps the desk's.
  let next = client.pull(cursor, PULL_PAGE, full);
  for (let first = true; ; first = false) {
    const page = await next;
    if (first && page.more) onLargePull();
    if (page.more) {
      next = client.pull(page.cursor, PULL_PAGE, full);
      next.catch(() => undefined); // awaited on the next turn; a failure there is reported then
    }
    const { unparked } = applyPulledPage(db, page.rows, page.cursor, page.maxHlcMs);
    // Rows parked by an earlier sync and applied now (their person arrived) changed the store too.
    if (dirty.size <= 100_000) for (const r of [...page.rows, ...unparked]) touch(dirty, r.entity, r.key, r.data);
    pulled += page.rows.length;
    options.onProgress?.({ stage: 'pull', done: pulled });
    if (!page.more) {
      if (full) updateSyncState(db, { full_pull: 0 });
      return pulled;
    }
  }
}
