import type pg from 'pg';
import { AppError } from '../errors/app-error';

/** One step of the central schema. Append only; never edit a step that has shipped. */
interface ServerMigration {
  version: number;
  name: string;
  sql: string;
}

export const SERVER_MIGRATIONS: readonly ServerMigration[] = [
  {
    version: 1,
    name: 'desks, rows with per-field clocks, per-branch feed, history, conflicts, audit',
    sql: `
      CREATE TABLE desks (
        name text PRIMARY KEY,
        branch text NOT NULL,
        key_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        last_seq bigint NOT NULL DEFAULT 0,
        fingerprint text,
        last_seen_at timestamptz
      );
      CREATE SEQUENCE sync_rev;
      -- Every synced row, whatever its entity: the data as it stands, the stamp of the edit behind each field,
      -- and a tombstone flag (deletes travel too).
      CREATE TABLE rows (
        entity text NOT NULL,
        key text NOT NULL,
        data jsonb NOT NULL,
        field_hlc jsonb NOT NULL,
        deleted boolean NOT NULL DEFAULT false,
        scope text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (entity, key)
      );
      CREATE INDEX rows_membership_person ON rows ((data->>'nik'), (data->>'npp')) WHERE entity = 'membership' AND NOT deleted;
      CREATE INDEX rows_scope ON rows (scope, entity, key);
      -- What each branch should pull: the newest revision of each row it may see. A person appears once per
      -- branch where they have a membership.
      CREATE TABLE feed (
        scope text NOT NULL,
        entity text NOT NULL,
        key text NOT NULL,
        rev bigint NOT NULL,
        last_desk text,
        echo_safe boolean NOT NULL DEFAULT false,
        PRIMARY KEY (scope, entity, key)
      );
      CREATE INDEX feed_scope_rev ON feed (scope, rev);
      CREATE INDEX feed_rev ON feed (rev);
      CREATE TABLE worker_scopes (nik text NOT NULL, scope text NOT NULL, PRIMARY KEY (nik, scope));
      -- Values that lost a last-writer-wins race: nobody's edit disappears without trace.
      CREATE TABLE history (
        id bigserial PRIMARY KEY,
        entity text NOT NULL,
        key text NOT NULL,
        field text NOT NULL,
        value jsonb,
        hlc text NOT NULL,
        desk text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX history_row ON history (entity, key);
      CREATE TABLE audit (
        id bigserial PRIMARY KEY,
        desk text NOT NULL,
        local_id bigint NOT NULL,
        at text NOT NULL,
        actor text NOT NULL,
        action text NOT NULL,
        entity text NOT NULL,
        entity_id text,
        before text,
        after text,
        detail text,
        received_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (desk, local_id, at)
      );
    `,
  },
  {
    version: 2,
    name: 'segment rows by person: BPU memberships, programme members, Jakon workers',
    sql: `
      CREATE INDEX rows_segment_person ON rows ((data->>'nik')) WHERE entity IN ('bpu_membership', 'funded_member', 'jakon_worker') AND NOT deleted;
    `,
  },
  {
    // Numbered 4: another branch of work takes 3 (the versions, not the positions, decide what is pending).
    version: 4,
    name: "echo ranges: revisions a desk's pull may jump over; rows_scope dropped (no query used it)",
    sql: `
      -- Every feed entry with a revision in [first_rev, last_rev] is that desk's own accepted change, held by it
      -- as it stands: its pull jumps over the range instead of scanning it (see pull.ts).
      CREATE TABLE echo_ranges (
        desk text NOT NULL,
        first_rev bigint NOT NULL,
        last_rev bigint NOT NULL,
        PRIMARY KEY (desk, last_rev)
      );
      -- No query reads rows by scope first (pg_stat_user_indexes: no scan in a 300,097-change push, its pull or a
      -- digest); every pushed row paid for keeping it.
      DROP INDEX rows_scope;
    `,
  },
];

export const SERVER_SCHEMA_VERSION = SERVER_MIGRATIONS.at(-1)!.version;

/** Creates or migrates the central schema: all pending steps in one transaction; a newer schema is refused. */
export async function migrateServer(client: pg.PoolClient | pg.Client): Promise<{ from: number; to: number }> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock(7261001)');
    await client.query('CREATE TABLE IF NOT EXISTS sigap_schema (id int PRIMARY KEY CHECK (id = 1), version int NOT NULL)');
    await client.query('INSERT INTO sigap_schema (id, version) VALUES (1, 0) ON CONFLICT DO NOTHING');
    const from = (await client.query<{ version: number }>('SELECT version FROM sigap_schema WHERE id = 1')).rows[0]!.version;
    if (from > SERVER_SCHEMA_VERSION) throw new AppError('SERVER_SCHEMA_TOO_NEW', { found: from, supported: SERVER_SCHEMA_VERSION });
    for (const m of SERVER_MIGRATIONS.filter((step) => step.version > from)) await client.query(m.sql);
    await client.query('UPDATE sigap_schema SET version = $1 WHERE id = 1', [SERVER_SCHEMA_VERSION]);
    await client.query('COMMIT');
    return { from, to: SERVER_SCHEMA_VERSION };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** The server refuses to serve a schema it did not make (older: run `server init`; newer: upgrade the app). */
export async function checkServerSchema(client: pg.Pool): Promise<void> {
  let version = 0;
  try {
    version = (await client.query<{ version: number }>('SELECT version FROM sigap_schema WHERE id = 1')).rows[0]?.version ?? 0;
  } catch {
    version = 0;
  }
  if (version > SERVER_SCHEMA_VERSION) throw new AppError('SERVER_SCHEMA_TOO_NEW', { found: version, supported: SERVER_SCHEMA_VERSION });
  if (version < SERVER_SCHEMA_VERSION) throw new AppError('SERVER_SCHEMA_OLD', { found: version, supported: SERVER_SCHEMA_VERSION });
}
