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
import { BatchState, equalRows, rowKey, storeAudit, writeBatch, type Pending } from './push-batch';

const SEGMENT_PEOPLE_SQL = `'bpu_membership', 'funded_member', 'jakon_worker'`;

/** Serialises pushes so revisions commit in order and a pull never skips a revision committed late. */
const PUSH_LOCK = 7261002;

async function load(client: pg.PoolClient, changes: SyncChange[], state: BatchState): Promise<void> {
  const entities = changes.map((c) => c.entity);
  const keys = changes.map((c) => c.key);
  // The person of each membership too (unless the batch carries it): whether the desk already holds it decides
  // whether it must be sent back.
  const carried = new Set(changes.filter((c) => c.entity === 'worker').map((c) => c.key));
  for (const c of changes) {
    const nik = c.entity === 'membership' || isPersonEntity(c.entity) ? (c.data ?? c.prev)?.nik : undefined;
    if (typeof nik === 'string' && !carried.has(nik)) {
      carried.add(nik);
      entities.push('worker');
      keys.push(nik);
    }
  }
  // The parent of each row that goes where its parent is: its scope is the row's.
  for (const c of changes) {
    const parent = parentOf(c.entity);
    const ref = parent ? (c.data ?? c.prev)?.[parent.field] : undefined;
    if (parent && typeof ref === 'string') {
      entities.push(parent.entity);
      keys.push(ref);
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
    const employerField = SYNC_ENTITIES[c.entity as SyncEntity]?.employerField;
    if (row && employerField && typeof row[employerField] === 'string') npps.add(row[employerField]);
    if (c.entity === 'worker') niks.add(c.key);
    if ((c.entity === 'membership' || isPersonEntity(c.entity)) && row && typeof row.nik === 'string') niks.add(row.nik);
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
  await loadSegmentPeople(client, [...niks], state);
}

const isPersonEntity = (entity: string): boolean => !!SYNC_ENTITIES[entity as SyncEntity]?.person;
const parentOf = (entity: string) => {
  const spec = SYNC_ENTITIES[entity as SyncEntity];
  return spec?.scope === 'parent' ? spec.parent : undefined;
};

/** The key under which a row of a `onePer` entity stands (null: the rule does not hold it, e.g. an ended one). */
function onePerKey(entity: SyncEntity, data: WireRow, whateverStatus = false): string | null {
  const rule = SYNC_ENTITIES[entity].onePer;
  if (!rule || (rule.whenActive && !whateverStatus && data.status !== 'aktif')) return null;
  return `${entity}|${rule.fields.map((f) => String(data[f])).join('|')}`;
}

/** The live BPU memberships, programme memberships and Jakon rows of the batch's people. */
async function loadSegmentPeople(client: pg.PoolClient, niks: string[], state: BatchState): Promise<void> {
  if (!niks.length) return;
  const found = await client.query<{ entity: SyncEntity; key: string; nik: string; data: WireRow }>(
    `SELECT entity, key, data->>'nik' AS nik, data FROM rows
     WHERE entity IN (${SEGMENT_PEOPLE_SQL}) AND NOT deleted AND data->>'nik' = ANY($1::text[])`,
    [niks],
  );
  for (const r of found.rows) {
    (state.liveMembershipsByPerson.get(r.nik) ?? state.liveMembershipsByPerson.set(r.nik, new Set()).get(r.nik)!).add(r.key);
    const pair = onePerKey(r.entity, r.data);
    if (pair) state.activeByPair.set(pair, r.key);
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
    case 'employer': {
      const npp = data[SYNC_ENTITIES[entity].employerField ?? 'npp'];
      if (typeof npp !== 'string') return origin;
      return state.employerBranch.get(npp) ?? null;
    }
    case 'parent': {
      const parent = SYNC_ENTITIES[entity].parent!;
      return state.rows.get(rowKey(parent.entity, String(data[parent.field])))?.scope ?? null;
    }
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
  if (spec.person && validateNik(String(data.nik ?? '')).some((i) => i.severity === 'error')) return 'VALIDATION';
  if (change.entity === 'membership_wage' && (typeof data.wage !== 'number' || !(data.wage >= 0))) return 'VALIDATION';
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
  state.keptParents.worker.add(nik);
}

/**
 * A desk that removed a membership or a person removed their wage periods, end and corrections with them by a
 * cascade it does not queue. When the server keeps the parent (WORKER_IN_USE, IMPORT_UNDO_EDITED) or brings it
 * back, those rows go to the branch again. Rare; one look per batch.
 */
async function resendCascaded(client: pg.PoolClient, state: BatchState): Promise<void> {
  const memberships = [...state.keptParents.membership];
  const niks = [...state.keptParents.worker];
  if (!memberships.length && !niks.length) return;
  const children = await client.query<{ entity: string; key: string; scope: string }>(
    // One branch per entity, each read through the (entity, key) index.
    `SELECT entity, key, scope FROM rows WHERE entity = 'membership_end' AND key = ANY($1::text[]) AND NOT deleted
     UNION ALL SELECT entity, key, scope FROM rows WHERE entity = 'membership_wage' AND split_part(key, '|', 1) = ANY($1::text[]) AND NOT deleted
     UNION ALL SELECT entity, key, scope FROM rows WHERE entity = 'identity_correction' AND data->>'nik' = ANY($2::text[]) AND NOT deleted`,
    [memberships, niks],
  );
  for (const c of children.rows) state.bump(c.scope, c.entity, c.key, false);
  // Those this very batch wrote (the desk sent them and then removed their parent) are not in the table yet.
  const kept = (w: Pending) =>
    w.entity === 'identity_correction' ? state.keptParents.worker.has(String(w.row.data.nik)) : state.keptParents.membership.has(String(w.row.data.membership_gid));
  for (const w of state.writes.values()) {
    if (CASCADED.has(w.entity) && !w.row.deleted && kept(w)) state.bump(w.scope, w.entity, w.key, false);
  }
}

const CASCADED = new Set(['membership_wage', 'membership_end', 'identity_correction']);

/** A BPU membership, a programme member or a Jakon worker: the person travels with it and stays while it lives. */
function trackSegmentPerson(state: BatchState, entity: SyncEntity, key: string, row: StoredRow, scope: string | null, hlc: string, desk: Desk, lastSent: Map<string, WireRow>): void {
  const nik = String(row.data.nik);
  const live = state.liveMembershipsByPerson.get(nik) ?? state.liveMembershipsByPerson.set(nik, new Set()).get(nik)!;
  const pair = onePerKey(entity, row.data);
  const slot = onePerKey(entity, row.data, true);
  if (slot && (row.deleted || !pair) && state.activeByPair.get(slot) === key) state.activeByPair.delete(slot);
  if (row.deleted) {
    live.delete(key);
    return;
  }
  live.add(key);
  reviveWorker(state, nik, hlc, desk);
  if (pair) state.activeByPair.set(pair, key);
  if (scope) addWorkerScope(state, nik, scope, desk, lastSent);
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
  if (change.op === 'upsert' && scope === null) {
    return { seq: change.seq, outcome: 'refused', code: spec.scope === 'parent' ? 'SYNC_UNKNOWN_PARENT' : 'SYNC_UNKNOWN_EMPLOYER' };
  }
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
  // Two desks added one person to one programme or project, or enrolled one person as BPU: the first stands.
  if (spec.onePer && change.op === 'upsert' && !current) {
    const pair = onePerKey(entity, change.data!);
    const standing = pair ? state.activeByPair.get(pair) : undefined;
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
      state.keptParents.worker.add(change.key);
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
  if (entity === 'membership' && change.op === 'delete' && finalRow && !finalRow.deleted) state.keptParents.membership.add(change.key);
  if (spec.person && finalRow) trackSegmentPerson(state, entity, change.key, finalRow, scope, hlc, desk, lastSent);
  if (entity === 'employer' && finalRow) state.employerBranch.set(change.key, finalRow.deleted ? null : String(finalRow.data.branch_code));
  return { seq: change.seq, outcome: result.outcome, ...(result.code ? { code: result.code } : {}) };
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
    await resendCascaded(client, state);
    await writeBatch(client, state, desk);
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
