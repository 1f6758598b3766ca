import pg from 'pg';
import { expect, test } from 'vitest';
import { migrateServer, SERVER_MIGRATIONS, SERVER_SCHEMA_VERSION } from '../../../electron/server/pg-schema';
import { usePgCluster } from '../../support/sync-lifecycle';

const cluster = usePgCluster();

const indexes = async (client: pg.Client) =>
  (await client.query<{ indexname: string }>(`SELECT indexname FROM pg_indexes WHERE tablename = 'rows' ORDER BY 1`)).rows.map((r) => r.indexname);

test('server schema 4: a central database of schema 2 gains echo ranges and loses rows_scope, which no query used', async () => {
  const client = new pg.Client({ connectionString: cluster().createDatabase('schema_steps') });
  await client.connect();
  try {
    // A database as schema 2 left it.
    await client.query('CREATE TABLE sigap_schema (id int PRIMARY KEY CHECK (id = 1), version int NOT NULL)');
    for (const m of SERVER_MIGRATIONS.filter((s) => s.version <= 2)) await client.query(m.sql);
    await client.query('INSERT INTO sigap_schema (id, version) VALUES (1, 2)');
    expect(await indexes(client)).toContain('rows_scope');

    expect(await migrateServer(client)).toEqual({ from: 2, to: SERVER_SCHEMA_VERSION });
    expect(SERVER_SCHEMA_VERSION).toBeGreaterThanOrEqual(4);
    expect(await indexes(client)).not.toContain('rows_scope');
    expect(await indexes(client)).toEqual(expect.arrayContaining(['rows_pkey', 'rows_membership_person', 'rows_segment_person']));
    const echo = await client.query(`SELECT count(*)::int AS n FROM echo_ranges`);
    expect(echo.rows[0].n).toBe(0);
    // Run again: nothing pending.
    expect(await migrateServer(client)).toEqual({ from: SERVER_SCHEMA_VERSION, to: SERVER_SCHEMA_VERSION });
  } finally {
    await client.end();
  }
});
