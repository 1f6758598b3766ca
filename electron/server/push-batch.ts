import type pg from 'pg';
import type { WireRow } from '../../shared/sync/entities';
import type { StoredRow } from '../../shared/sync/merge';
import type { PushRequest } from '../../shared/sync/protocol';
import type { Desk } from './desks';
import { recordEchoRanges } from './echo-ranges';

export interface Pending {
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

export const rowKey = (entity: string, key: string) => `${entity}\u0000${key}`;
const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);
export const equalRows = (a: WireRow, b: WireRow, fields: readonly string[]) => fields.every((f) => same(a[f], b[f]));

/** The batch's view of the central store: loaded once, changed in memory, written once. */
export class BatchState {
  rows = new Map<string, (StoredRow & { scope: string }) | null>();
  employerBranch = new Map<string, string | null>();
  workerScopes = new Map<string, Set<string>>();
  newWorkerScopes: { nik: string; scope: string }[] = [];
  liveMembershipsByPerson = new Map<string, Set<string>>();
  activeByPair = new Map<string, string>();
  writes = new Map<string, Pending>();
  feed = new Map<string, FeedEntry>();
  history: { entity: string; key: string; field: string; value: unknown; hlc: string }[] = [];
  /** Memberships and people that stay (or come back) after a desk removed them: their cascaded rows are sent again. */
  keptParents = { membership: new Set<string>(), worker: new Set<string>() };

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

/** The batch's rows, new person scopes, feed entries and superseded values, one statement each. */
export async function writeBatch(client: pg.PoolClient, state: BatchState, desk: Desk): Promise<void> {
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
    // The batch's revisions, taken at once (pushes hold the push lock, the only place revisions are taken): the
    // server then knows which revision each entry got, and so which ranges are only this desk's own changes.
    const firstRev = Number(
      (await client.query<{ first: string }>(`SELECT setval('sync_rev', nextval('sync_rev') + $1::bigint - 1) - $1::bigint + 1 AS first`, [feed.length]))
        .rows[0]!.first,
    );
    await client.query(
      `INSERT INTO feed (scope, entity, key, rev, last_desk, echo_safe)
       SELECT f->>0, f->>1, f->>2, $3::bigint + n - 1, $2, (f->>3)::boolean FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(f, n)
       ON CONFLICT (scope, entity, key) DO UPDATE SET rev = excluded.rev, last_desk = excluded.last_desk, echo_safe = excluded.echo_safe`,
      [JSON.stringify(feed.map((f) => [f.scope, f.entity, f.key, f.echoSafe])), desk.name, firstRev],
    );
    await recordEchoRanges(
      client,
      desk.name,
      feed.map((f) => f.echoSafe),
      firstRev,
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

/** The desk's audit entries, appended centrally with its name; a repeated push stores none twice. */
export async function storeAudit(client: pg.PoolClient, desk: Desk, audit: PushRequest['audit']): Promise<number> {
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
