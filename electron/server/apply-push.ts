import crypto from 'node:crypto';
import type pg from 'pg';
import { SYNC_ENTITIES, type SyncEntity, type WireRow } from '../../shared/sync/entities';
import { clampHlc, hlcNode } from '../../shared/sync/hlc';
import { mergeChange, type StoredRow } from '../../shared/sync/merge';
import type { ChangeAnswer, PushRequest, PushResponse, SyncChange } from '../../shared/sync/protocol';
import { validateNik } from '../../shared/validate/nik';
import { validateNpp } from '../../shared/validate/npp';
import { AppError } from '../errors/app-error';
import type { Desk } from './desks';

/** Serialises pushes so revisions commit in order and a pull never skips a revision committed late. */
const PUSH_LOCK = 7261002;

interface Pending {
  entity: string;
  key: string;
  row: StoredRow;
  scope: string;
}

interface FeedEntry {
  scope: string;
  entity: string;
  key: string;
  echoSafe: boolean;
}

const rowKey = (entity: string, key: string) => `${entity}\u0000${key}`;
const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);
const equalRows = (a: WireRow, b: WireRow, fields: readonly string[]) => fields.every((f) => same(a[f], b[f]));

/** The batch's view of the central store: loaded once, changed in memory, written once. */
class BatchState {
  rows = new Map<string, (StoredRow & { scope: string }) | null>();
  employerBranch = new Map<string, string | null>();
  workerScopes = new Map<string, Set<string>>();
  newWorkerScopes: { nik: string; scope: string }[] = [];
  liveMembershipsByPerson = new Map<string, Set<string>>();
  activeByPair = new Map<string, string>();
  writes = new Map<string, Pending>();
  feed = new Map<string, FeedEntry>();
  history: { entity: string; key: string; field: string; value: unknown; hlc: string }[] = [];

  setRow(entity: string, key: string, row: StoredRow, scope: string): void {
    this.rows.set(rowKey(entity, key), { ...row, scope });
    this.writes.set(rowKey(entity, key), { entity, key, row, scope });
  }

  bump(scope: string, entity: string, key: string, echoSafe: boolean): void {
    const k = `${scope}\u0000${entity}\u0000${key}`;
    this.feed.delete(k); // re-inserted last: revisions follow the order of the last touch
    this.feed.set(k, { scope, entity, key, echoSafe });
  }
}

async function load(client: pg.PoolClient, changes: SyncChange[], state: BatchState): Promise<void> {
  const entities = changes.map((c) => c.entity);
  const keys = changes.map((c) => c.key);
  // The person of each membership too (unless the batch carries it): whether the desk already holds it decides
  // whether it must be sent back.
  const carried = new Set(changes.filter((c) => c.entity === 'worker').map((c) => c.key));
  for (const c of changes) {
    const nik = c.entity === 'membership' ? (c.data ?? c.prev)?.nik : undefined;
    if (typeof nik === 'string' && !carried.has(nik)) {
      carried.add(nik);
      entities.push('worker');
      keys.push(nik);
    }
  }
  const found = await client.query<{ entity: string; key: string; data: WireRow; field_hlc: Record<string, string>; deleted: boolean; scope: string }>(
    `SELECT r.entity, r.key, r.data, r.field_hlc, r.deleted, r.scope FROM rows r
     JOIN (SELECT DISTINCT * FROM unnest($1::text[], $2::text[])) AS k(entity, key) ON r.entity = k.entity AND r.key = k.key`,
    [entities, keys],
  );
  for (let i = 0; i < entities.length; i++) state.rows.set(rowKey(entities[i]!, keys[i]!), null);
  for (const r of found.rows) state.rows.set(rowKey(r.entity, r.key), { data: r.data, fieldHlc: r.field_hlc, deleted: r.deleted, scope: r.scope });

  const npps = new Set<string>();
  const niks = new Set<string>();
  for (const c of changes) {
    const row = c.data ?? c.prev;
    if (row && typeof row.npp === 'string') npps.add(row.npp);
    if (c.entity === 'worker') niks.add(c.key);
    if (c.entity === 'membership' && row && typeof row.nik === 'string') niks.add(row.nik);
  }
  const employers = await client.query<{ key: string; branch: string | null; deleted: boolean }>(
    `SELECT key, data->>'branch_code' AS branch, deleted FROM rows WHERE entity = 'employer' AND key = ANY($1::text[])`,
    [[...npps]],
  );
  for (const e of employers.rows) state.employerBranch.set(e.key, e.deleted ? null : e.branch);
  const scopes = await client.query<{ nik: string; scope: string }>('SELECT nik, scope FROM worker_scopes WHERE nik = ANY($1::text[])', [[...niks]]);
  for (const s of scopes.rows) (state.workerScopes.get(s.nik) ?? state.workerScopes.set(s.nik, new Set()).get(s.nik)!).add(s.scope);
  const memberships = await client.query<{ key: string; nik: string; npp: string; status: string }>(
    `SELECT key, data->>'nik' AS nik, data->>'npp' AS npp, data->>'status' AS status FROM rows
     WHERE entity = 'membership' AND NOT deleted AND data->>'nik' = ANY($1::text[])`,
    [[...niks]],
  );
  for (const m of memberships.rows) {
    (state.liveMembershipsByPerson.get(m.nik) ?? state.liveMembershipsByPerson.set(m.nik, new Set()).get(m.nik)!).add(m.key);
    if (m.status === 'aktif') state.activeByPair.set(`${m.nik}|${m.npp}`, m.key);
  }
}

/** Where a row belongs (decided here, never by the desk); null = an employer the server does not know. */
function scopeOf(entity: SyncEntity, data: WireRow, desk: Desk, state: BatchState): string | null {
  const origin = desk.branch;
  switch (SYNC_ENTITIES[entity].scope) {
    case 'global':
      return 'ALL';
    case 'branch':
      return String(data.branch_code);
    case 'origin':
      return origin;
    case 'worker':
      return origin;
    case 'employer':
      if (typeof data.npp !== 'string') return origin;
      return state.employerBranch.get(data.npp) ?? null;
  }
}

function validate(change: SyncChange): string | null {
  const data = change.data;
  if (!data) return null;
  const spec = SYNC_ENTITIES[change.entity as SyncEntity];
  if (!spec) return 'SYNC_ENTITY_UNKNOWN';
  if (change.entity === 'employer' && validateNpp(String(data.npp ?? '')).some((i) => i.severity === 'error')) return 'VALIDATION';
  if (change.entity === 'worker' && validateNik(String(data.nik ?? '')).some((i) => i.severity === 'error')) return 'VALIDATION';
  if (change.entity === 'membership' && (typeof data.wage !== 'number' || !(data.wage >= 0))) return 'VALIDATION';
  return null;
}

function workerFeed(state: BatchState, nik: string, echoSafe: boolean, desk: Desk): void {
  const scopes = state.workerScopes.get(nik) ?? new Set<string>();
  for (const scope of scopes) state.bump(scope, 'worker', nik, echoSafe);
  if (desk.branch !== '*' && !scopes.has(desk.branch)) state.bump(desk.branch, 'worker', nik, echoSafe);
}

/** Whether every field of a stored row stands as this desk last wrote it (stamps end in the desk's name). */
const writtenOnlyBy = (row: StoredRow, desk: Desk): boolean => {
  const stamps = Object.values(row.fieldHlc);
  return stamps.length > 0 && stamps.every((h) => hlcNode(h) === desk.name);
};

function addWorkerScope(state: BatchState, nik: string, scope: string, desk: Desk, lastSent: Map<string, WireRow>): void {
  const scopes = state.workerScopes.get(nik) ?? state.workerScopes.set(nik, new Set()).get(nik)!;
  if (scopes.has(scope)) return;
  scopes.add(scope);
  state.newWorkerScopes.push({ nik, scope });
  const worker = state.rows.get(rowKey('worker', nik));
  const sent = lastSent.get(nik);
  // Sent in an earlier batch: every field as it stands was written by this desk, so the desk holds it already.
  const echoSafe = !!worker && !worker.deleted && (sent ? equalRows(worker.data, sent, SYNC_ENTITIES.worker.fields) : writtenOnlyBy(worker, desk));
  // This desk's own branch heard of the person when the desk's write of it was accepted (workerFeed).
  if (!sent && echoSafe && scope === desk.branch) return;
  state.bump(scope, 'worker', nik, echoSafe);
}

/**
 * A live membership of a person the server holds as deleted: another desk removed the person (an import
 * undo) before this desk's membership of them arrived. The person comes back, as they last stood, to every
 * desk that holds them: a membership never points at nobody, on the server or on any desk.
 */
function reviveWorker(state: BatchState, nik: string, hlc: string, desk: Desk): void {
  const worker = state.rows.get(rowKey('worker', nik));
  if (!worker?.deleted) return;
  state.setRow('worker', nik, { data: worker.data, fieldHlc: { '*': hlc }, deleted: false }, worker.scope);
  workerFeed(state, nik, false, desk);
}

async function resolveConflict(client: pg.PoolClient, change: SyncChange, desk: Desk, state: BatchState): Promise<ChangeAnswer> {
  const found = await client.query<{ data: WireRow; scope: string }>(`SELECT data, scope FROM rows WHERE entity = 'conflict' AND key = $1`, [change.key]);
  const row = found.rows[0];
  if (!row) return { seq: change.seq, outcome: 'refused', code: 'SYNC_CONFLICT_UNKNOWN' };
  if (desk.branch !== '*' && row.scope !== desk.branch) return { seq: change.seq, outcome: 'refused', code: 'SYNC_OUT_OF_SCOPE' };
  const data = { ...row.data, resolution: change.data?.resolution ?? 'remote', resolved_by: change.data?.resolved_by ?? desk.name, resolved_at: new Date().toISOString() };
  state.setRow('conflict', change.key, { data, fieldHlc: {}, deleted: false }, row.scope);
  state.bump(row.scope, 'conflict', change.key, false);
  return { seq: change.seq, outcome: 'accepted' };
}

function recordConflicts(state: BatchState, change: SyncChange, scope: string, desk: Desk, conflicts: { field: string; local: unknown; remote: unknown }[]): void {
  for (const c of conflicts) {
    const id = crypto.randomUUID();
    const data: WireRow = {
      entity: change.entity,
      key: change.key,
      field: c.field,
      local: JSON.stringify(c.local ?? null),
      remote: JSON.stringify(c.remote ?? null),
      desk: desk.name,
      at: new Date().toISOString(),
      resolved_at: null,
      resolution: null,
    };
    state.setRow('conflict', id, { data, fieldHlc: {}, deleted: false }, scope);
    state.bump(scope, 'conflict', id, false);
    if (change.entity === 'worker') for (const s of state.workerScopes.get(change.key) ?? []) if (s !== scope) state.bump(s, 'conflict', id, false);
  }
}

/** Folds one change into the batch state and answers it. */
async function applyChange(client: pg.PoolClient, change: SyncChange, desk: Desk, state: BatchState, nowMs: number, lastSent: Map<string, WireRow>): Promise<ChangeAnswer> {
  if (change.entity === 'conflict') return resolveConflict(client, change, desk, state);
  const invalid = validate(change);
  if (invalid) return { seq: change.seq, outcome: 'refused', code: invalid };
  const entity = change.entity;
  const spec = SYNC_ENTITIES[entity];
  const current = state.rows.get(rowKey(entity, change.key)) ?? null;
  const scope = change.op === 'delete' ? current?.scope ?? null : scopeOf(entity, change.data!, desk, state);
  if (change.op === 'upsert' && scope === null) return { seq: change.seq, outcome: 'refused', code: 'SYNC_UNKNOWN_EMPLOYER' };
  if (scope && desk.branch !== '*' && scope !== desk.branch && scope !== 'ALL' && entity !== 'worker') {
    return { seq: change.seq, outcome: 'refused', code: 'SYNC_OUT_OF_SCOPE' };
  }
  const hlc = clampHlc(change.hlc, nowMs);

  // Two desks enrolled one person at one employer: one membership stands, the later one merges into it.
  if (entity === 'membership' && change.op === 'upsert' && !current && change.data!.status === 'aktif') {
    const pair = `${change.data!.nik}|${change.data!.npp}`;
    const standing = state.activeByPair.get(pair);
    if (standing && standing !== change.key) {
      state.setRow(entity, change.key, { data: change.data!, fieldHlc: {}, deleted: true }, scope!);
      state.bump(scope!, entity, change.key, false);
      state.bump(scope!, entity, standing, false);
      return { seq: change.seq, outcome: 'merged' };
    }
  }
  if (entity === 'worker' && change.op === 'delete' && current && !current.deleted) {
    if ((state.liveMembershipsByPerson.get(change.key)?.size ?? 0) > 0) {
      workerFeed(state, change.key, false, desk);
      return { seq: change.seq, outcome: 'refused', code: 'WORKER_IN_USE' };
    }
  }

  const result = mergeChange(current, { ...change, hlc });
  for (const s of result.superseded) state.history.push({ entity, key: change.key, field: s.field, value: s.value, hlc: s.hlc });
  const finalRow = result.next ?? current;
  if (result.next) state.setRow(entity, change.key, result.next, scope ?? 'ALL');
  if (result.conflicts.length) recordConflicts(state, change, scope ?? desk.branch, desk, result.conflicts);

  const echoSafe =
    change.op === 'delete'
      ? result.outcome === 'accepted'
      : !!finalRow && !finalRow.deleted && equalRows(finalRow.data, change.data!, spec.fields);
  // Nothing changed here and the desk already holds what stands: no other desk needs to hear of it.
  const unchanged = !result.next && !result.conflicts.length && echoSafe;
  if (entity === 'worker') {
    if (change.data) lastSent.set(change.key, change.data);
    if (!unchanged) workerFeed(state, change.key, echoSafe, desk);
  } else if (scope && !unchanged) {
    state.bump(scope, entity, change.key, echoSafe);
  }

  if (entity === 'membership' && finalRow) {
    const nik = String(finalRow.data.nik);
    const live = state.liveMembershipsByPerson.get(nik) ?? state.liveMembershipsByPerson.set(nik, new Set()).get(nik)!;
    const pair = `${nik}|${finalRow.data.npp}`;
    if (finalRow.deleted) {
      live.delete(change.key);
      if (state.activeByPair.get(pair) === change.key) state.activeByPair.delete(pair);
    } else {
      live.add(change.key);
      reviveWorker(state, nik, hlc, desk);
      if (finalRow.data.status === 'aktif') state.activeByPair.set(pair, change.key);
      else if (state.activeByPair.get(pair) === change.key) state.activeByPair.delete(pair);
      if (scope) addWorkerScope(state, nik, scope, desk, lastSent);
    }
  }
  if (entity === 'employer' && finalRow) state.employerBranch.set(change.key, finalRow.deleted ? null : String(finalRow.data.branch_code));
  return { seq: change.seq, outcome: result.outcome, ...(result.code ? { code: result.code } : {}) };
}

async function write(client: pg.PoolClient, state: BatchState, desk: Desk): Promise<void> {
  const writes = [...state.writes.values()];
  if (writes.length) {
    // One JSON document for the whole batch: far cheaper for PostgreSQL to read than six text arrays.
    await client.query(
      `INSERT INTO rows (entity, key, data, field_hlc, deleted, scope, updated_at)
       SELECT w->>0, w->>1, w->2, w->3, (w->>4)::boolean, w->>5, now() FROM jsonb_array_elements($1::jsonb) AS w
       ON CONFLICT (entity, key) DO UPDATE SET data = excluded.data, field_hlc = excluded.field_hlc, deleted = excluded.deleted,
         scope = excluded.scope, updated_at = excluded.updated_at`,
      [JSON.stringify(writes.map((w) => [w.entity, w.key, w.row.data, w.row.fieldHlc, w.row.deleted, w.scope]))],
    );
  }
  if (state.newWorkerScopes.length) {
    await client.query(`INSERT INTO worker_scopes (nik, scope) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`, [
      state.newWorkerScopes.map((w) => w.nik),
      state.newWorkerScopes.map((w) => w.scope),
    ]);
  }
  const feed = [...state.feed.values()];
  if (feed.length) {
    await client.query(
      `INSERT INTO feed (scope, entity, key, rev, last_desk, echo_safe)
       SELECT f->>0, f->>1, f->>2, nextval('sync_rev'), $2, (f->>3)::boolean FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(f, n) ORDER BY n
       ON CONFLICT (scope, entity, key) DO UPDATE SET rev = excluded.rev, last_desk = excluded.last_desk, echo_safe = excluded.echo_safe`,
      [JSON.stringify(feed.map((f) => [f.scope, f.entity, f.key, f.echoSafe])), desk.name],
    );
  }
  if (state.history.length) {
    await client.query(
      `INSERT INTO history (entity, key, field, value, hlc, desk) SELECT e, k, f, v::jsonb, h, $6 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS t(e, k, f, v, h)`,
      [
        state.history.map((h) => h.entity),
        state.history.map((h) => h.key),
        state.history.map((h) => h.field),
        state.history.map((h) => JSON.stringify(h.value ?? null)),
        state.history.map((h) => h.hlc),
        desk.name,
      ],
    );
  }
}

async function storeAudit(client: pg.PoolClient, desk: Desk, audit: PushRequest['audit']): Promise<number> {
  if (!audit.length) return 0;
  const result = await client.query(
    `INSERT INTO audit (desk, local_id, at, actor, action, entity, entity_id, before, after, detail)
     SELECT $1, * FROM unnest($2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
     ON CONFLICT (desk, local_id, at) DO NOTHING`,
    [
      desk.name,
      audit.map((a) => a.localId),
      audit.map((a) => a.at),
      audit.map((a) => a.actor),
      audit.map((a) => a.action),
      audit.map((a) => a.entity),
      audit.map((a) => a.entityId),
      audit.map((a) => a.before),
      audit.map((a) => a.after),
      audit.map((a) => a.detail),
    ],
  );
  return result.rowCount ?? 0;
}

/**
 * Applies one pushed batch in one PostgreSQL transaction and answers each change. Changes numbered at or below
 * the desk's last applied number are answered `duplicate` and not applied again (a retried push after a crash).
 */
export async function applyPush(pool: pg.Pool, desk: Desk, req: PushRequest, nowMs = Date.now()): Promise<PushResponse> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [PUSH_LOCK]);
    const row = (await client.query<{ last_seq: string; fingerprint: string | null }>('SELECT last_seq, fingerprint FROM desks WHERE name = $1 FOR UPDATE', [desk.name])).rows[0]!;
    const lastSeq = Number(row.last_seq);
    if (row.fingerprint && row.fingerprint !== req.fingerprint) throw new AppError('SYNC_DESK_DUPLICATE', { desk: desk.name });
    if (!row.fingerprint) await client.query('UPDATE desks SET fingerprint = $2 WHERE name = $1', [desk.name, req.fingerprint]);
    if (req.rebase) {
      await client.query('COMMIT');
      return { lastSeq, answers: [], auditStored: 0 };
    }
    if (req.baseSeq > lastSeq) throw new AppError('SYNC_SERVER_BEHIND', { desk: desk.name, server: lastSeq, desk_seq: req.baseSeq });
    const fresh = req.changes.filter((c) => c.seq > lastSeq);
    const answers: ChangeAnswer[] = req.changes.filter((c) => c.seq <= lastSeq).map((c) => ({ seq: c.seq, outcome: 'duplicate' }));
    fresh.forEach((c, i) => {
      if (c.seq !== lastSeq + i + 1) throw new AppError('SYNC_SEQ_GAP', { expected: lastSeq + i + 1, got: c.seq });
    });
    const state = new BatchState();
    await load(client, fresh.filter((c) => c.entity !== 'conflict'), state);
    const lastSent = new Map<string, WireRow>();
    for (const change of fresh) answers.push(await applyChange(client, change, desk, state, nowMs, lastSent));
    await write(client, state, desk);
    const newLast = fresh.at(-1)?.seq ?? lastSeq;
    await client.query('UPDATE desks SET last_seq = $2, last_seen_at = now() WHERE name = $1', [desk.name, newLast]);
    const auditStored = await storeAudit(client, desk, req.audit);
    await client.query('COMMIT');
    return { lastSeq: newLast, answers, auditStored };
  } catch (error) {
    // The batch's own error is the one to report; a ROLLBACK failing too (connection gone) ends the transaction anyway.
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
