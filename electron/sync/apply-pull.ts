import { SYNC_ENTITIES, isSyncEntity, type SyncEntity, type WireRow } from '../../shared/sync/entities';
import type { PulledRow } from '../../shared/sync/protocol';
import { runBulk } from '../audit/actor';
import type { Db } from '../db/connection';
import { withDeferredFtsInserts } from '../db/deferred-fts';
import { nowIso, stmt } from '../db/statements';
import { BULK_FROM_ROWS, bulkUpsert } from './bulk-apply';
import { DESK_TABLES, type DeskTable } from './desk-tables';
import { localColumns, onConflictUpdate, stampsUpdate } from './upsert-clause';

type Applied = 'applied' | 'parked' | 'skipped';

const isUniqueViolation = (e: unknown) => e instanceof Error && 'code' in e && String((e as { code: string }).code).startsWith('SQLITE_CONSTRAINT');

/** Local column values for a wire row: references by global key turned back into local ids. */
function toColumns(db: Db, t: DeskTable, data: WireRow): Record<string, unknown> | null {
  const cols: Record<string, unknown> = {};
  for (const field of SYNC_ENTITIES[t.entity].fields) {
    const ref = t.refs?.find((r) => r.field === field);
    if (!ref) {
      cols[field] = data[field] ?? null;
      continue;
    }
    const value = data[field];
    if (value === null || value === undefined) {
      cols[ref.column] = null;
      continue;
    }
    const id = stmt(db, ref.lookup).pluck().get(value);
    if (id === undefined) return null; // the referenced row has not arrived yet
    cols[ref.column] = id;
  }
  return cols;
}

/** One entity's statements, built once: a first pull applies hundreds of thousands of rows through them. */
interface Compiled {
  /** `INSERT … ON CONFLICT … DO UPDATE` where the table has a unique key to target, else a plain insert. */
  write: string;
  /** Tables without such a key: update first, insert when nothing matched. */
  update: string | null;
  /** Columns a new row needs that never travel: `now` for the `*_at` stamps, else a fixed value. */
  defaults: { column: string; stamp: boolean; value: string | number | null }[];
}

const compiledStatements = new Map<SyncEntity, Compiled>();

function compile(t: DeskTable): Compiled {
  const known = compiledStatements.get(t.entity);
  if (known) return known;
  const names = localColumns(t);
  const touched = stampsUpdate(t);
  const extra = Object.keys(t.insertDefaults ?? {}).filter((c) => !names.includes(c));
  const all = [...names, ...extra, ...(t.hasGid ? ['gid'] : [])];
  const insert = `INSERT INTO ${t.table} (${all.join(', ')}) VALUES (${all.map((c) => `@${c}`).join(', ')})`;
  const upsertTail = onConflictUpdate(t);
  const compiled: Compiled = {
    write: upsertTail ? `${insert} ${upsertTail}` : insert,
    update: upsertTail ? null : `UPDATE ${t.table} SET ${names.map((c) => `${c} = @${c}`).join(', ')}${touched ? ', updated_at = @now' : ''} WHERE ${t.where}`,
    defaults: extra.map((column) => ({ column, stamp: column.endsWith('_at'), value: t.insertDefaults![column] ?? null })),
  };
  compiledStatements.set(t.entity, compiled);
  return compiled;
}

/** SQL: is a row that `makeRoom` would remove still waiting in the outbox? */
const unsentInTheWay = (t: DeskTable): string =>
  `SELECT EXISTS (${t.makeRoom!.replace(/^DELETE FROM (\w+) WHERE/, 'SELECT 1 FROM $1 WHERE')}
     AND gid IN (SELECT key FROM sync_outbox WHERE entity = '${t.entity}'))`;

function upsert(db: Db, t: DeskTable, key: string, data: WireRow, now: string): Applied {
  const cols = toColumns(db, t, data);
  if (!cols) return 'parked';
  const c = compile(t);
  const values: Record<string, unknown> = { ...cols, gid: key, now };
  for (const d of c.defaults) values[d.column] = d.stamp ? now : d.value;
  const run = () => {
    if (c.update && stmt(db, c.update).run({ ...values, ...t.keyParams(key) }).changes > 0) return;
    stmt(db, c.write).run(values);
  };
  try {
    run();
  } catch (error) {
    // Two desks enrolled one person at one employer (or in one programme, project, as BPU): the server merged
    // them into its row and will send a tombstone for ours; make room for the one that stands now.
    if (!t.makeRoom || !isUniqueViolation(error)) throw error;
    // Unless ours has not reached the server yet: nothing merged it, and the server may keep it (when the pulled
    // row is gone by the time ours arrives) and never send it back. The pulled row waits until ours is answered.
    if (stmt(db, unsentInTheWay(t)).pluck().get({ ...cols, gid: key }) === 1) return 'parked';
    stmt(db, t.makeRoom).run({ ...cols, gid: key });
    run();
  }
  return 'applied';
}

function remove(db: Db, t: DeskTable, key: string): Applied {
  try {
    stmt(db, `DELETE FROM ${t.table} WHERE ${t.where}`).run(t.keyParams(key));
    return 'applied';
  } catch (error) {
    if (isUniqueViolation(error) || (error instanceof Error && /FOREIGN KEY/.test(error.message))) return 'parked';
    throw error;
  }
}

function applyConflict(db: Db, key: string, data: WireRow, deleted: boolean): void {
  if (deleted) {
    stmt(db, 'DELETE FROM sync_conflicts WHERE id = ?').run(key);
    return;
  }
  stmt(
    db,
    `INSERT INTO sync_conflicts (id, entity, key, field, local, remote, desk, at, resolved_at, resolution)
     VALUES (@id, @entity, @key, @field, @local, @remote, @desk, @at, @resolved_at, @resolution)
     ON CONFLICT(id) DO UPDATE SET resolved_at = excluded.resolved_at, resolution = excluded.resolution`,
  ).run({
    id: key,
    entity: data.entity,
    key: data.key,
    field: data.field,
    local: data.local,
    remote: data.remote,
    desk: data.desk,
    at: data.at,
    resolved_at: data.resolved_at ?? null,
    resolution: data.resolution ?? null,
  });
}

const hasPendingLocalEdit = (db: Db, entity: string, key: string): boolean =>
  stmt(db, 'SELECT 1 FROM sync_outbox WHERE entity = ? AND key = ? LIMIT 1').pluck().get(entity, key) !== undefined;

/** Per page: whether anything is queued or parked at all, so the common case costs no lookup per row. */
interface PageState {
  queued: boolean;
  parked: boolean;
  now: string;
}

function applyOne(db: Db, entity: SyncEntity, key: string, deleted: boolean, data: WireRow, page: PageState): Applied {
  // A local edit not yet pushed stands until the server has judged it (the next sync brings the verdict).
  if (page.queued && hasPendingLocalEdit(db, entity, key)) return 'skipped';
  const t = DESK_TABLES[entity];
  return deleted ? remove(db, t, key) : upsert(db, t, key, data, page.now);
}

/** Synced entities whose tables keep a full-text index of names. */
const NAME_INDEXED = { employer: 'employers', worker: 'workers' } as const;
const BULK_NAME_INDEX_FROM = 1000;

/** A row named twice in one page (a regional desk reads several scopes) is applied once, as it stands last. */
function latestPerRow(rows: PulledRow[]): PulledRow[] {
  const last = new Map<string, PulledRow>();
  for (const r of rows) {
    const k = `${r.entity}\u0000${r.key}`;
    const seen = last.get(k);
    if (!seen || seen.rev <= r.rev) last.set(k, r);
  }
  return last.size === rows.length ? [...rows] : [...last.values()];
}

/** Consecutive rows of one entity that are all upserts or all deletes. */
function* runsOf(rows: PulledRow[]): Generator<PulledRow[]> {
  let run: PulledRow[] = [];
  for (const r of rows) {
    if (run.length && (run[0]!.entity !== r.entity || run[0]!.deleted !== r.deleted)) {
      yield run;
      run = [];
    }
    run.push(r);
  }
  if (run.length) yield run;
}

/** A row applied from the parked ones: the digest must re-judge it like a pulled row. */
export interface UnparkedRow {
  entity: SyncEntity;
  key: string;
  data: WireRow;
}

/** Parked rows whose references may have arrived since; returns those that are no longer parked. */
function retryParked(db: Db, page: PageState): UnparkedRow[] {
  const unparked: UnparkedRow[] = [];
  const parked = stmt(db, 'SELECT entity, key, deleted, data FROM sync_inbound_pending').all() as {
    entity: SyncEntity;
    key: string;
    deleted: number;
    data: string;
  }[];
  parked.sort((a, b) => SYNC_ENTITIES[a.entity].order - SYNC_ENTITIES[b.entity].order);
  for (const p of parked) {
    const data = JSON.parse(p.data) as WireRow;
    if (applyOne(db, p.entity, p.key, p.deleted === 1, data, page) !== 'parked') {
      stmt(db, 'DELETE FROM sync_inbound_pending WHERE entity = ? AND key = ?').run(p.entity, p.key);
      unparked.push({ entity: p.entity, key: p.key, data });
    }
  }
  return unparked;
}

/**
 * Applies one page of the server's changes and records the cursor in the same transaction, with capture off
 * (what comes from the server is not sent back) and without per-row audit entries (one entry per page).
 */
export function applyPulledPage(db: Db, rows: PulledRow[], cursor: number, maxHlcMs: number): { applied: number; unparked: UnparkedRow[] } {
  let applied = 0;
  let unparked: UnparkedRow[] = [];
  runBulk(() =>
    db.transaction(() => {
      stmt(db, 'UPDATE sync_local_state SET capture = 0 WHERE id = 1').run();
      const page: PageState = {
        queued: stmt(db, 'SELECT EXISTS (SELECT 1 FROM sync_outbox)').pluck().get() === 1,
        parked: stmt(db, 'SELECT EXISTS (SELECT 1 FROM sync_inbound_pending)').pluck().get() === 1,
        now: nowIso(),
      };
      const ordered = latestPerRow(rows).sort((a, b) => {
        const oa = a.entity === 'conflict' ? 99 : SYNC_ENTITIES[a.entity].order;
        const ob = b.entity === 'conflict' ? 99 : SYNC_ENTITIES[b.entity].order;
        return oa - ob || a.rev - b.rev;
      });
      const applyRow = (row: PulledRow) => {
        if (row.entity === 'conflict') {
          applyConflict(db, row.key, row.data, row.deleted);
          return;
        }
        if (!isSyncEntity(row.entity)) return;
        const result = applyOne(db, row.entity, row.key, row.deleted, row.data, page);
        if (result === 'parked') {
          page.parked = true;
          stmt(db, 'INSERT OR REPLACE INTO sync_inbound_pending (entity, key, deleted, data) VALUES (?, ?, ?, ?)').run(
            row.entity,
            row.key,
            row.deleted ? 1 : 0,
            JSON.stringify(row.data),
          );
        } else {
          if (result === 'applied') applied += 1;
          if (page.parked) stmt(db, 'DELETE FROM sync_inbound_pending WHERE entity = ? AND key = ?').run(row.entity, row.key);
        }
      };
      // Nothing queued here and nothing parked: runs of new or changed rows of one entity go in one statement each.
      const bulk = !page.queued && !page.parked;
      const applyAll = () => {
        for (const run of runsOf(ordered)) {
          const t = isSyncEntity(run[0]!.entity) ? DESK_TABLES[run[0]!.entity] : null;
          const left = bulk && t && run.length >= BULK_FROM_ROWS && !run[0]!.deleted ? bulkUpsert(db, t, run, page.now) : null;
          if (left) applied += run.length - left.length;
          for (const row of left ?? run) applyRow(row);
        }
      };
      // A large page of new people and employers indexes their names in bulk; a delete could hand a new row the
      // rowid of a removed one, so such pages keep the row-by-row triggers.
      const bulkNames = ordered.length >= BULK_NAME_INDEX_FROM && !ordered.some((r) => r.deleted && r.entity in NAME_INDEXED);
      if (bulkNames) withDeferredFtsInserts(db, Object.values(NAME_INDEXED), applyAll);
      else applyAll();
      if (page.parked) unparked = retryParked(db, page);
      stmt(db, 'UPDATE sync_local_state SET capture = 1, cursor = ?, hlc_floor = max(hlc_floor, ?) WHERE id = 1').run(cursor, maxHlcMs);
    }).immediate(),
  );
  return { applied, unparked };
}
