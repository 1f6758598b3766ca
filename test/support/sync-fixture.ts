import path from 'node:path';
import pg from 'pg';
import { createBackend, type Backend } from '../../electron/backend';
import { addDesk } from '../../electron/server/desks';
import { migrateServer } from '../../electron/server/pg-schema';
import { startSyncServer, type RunningServer } from '../../electron/server/sync-server';
import { scopeDigest } from '../../electron/server/server-digest';
import { runSync, type SyncOptions } from '../../electron/sync/run-sync';
import type { PgCluster } from './pg-cluster';
import { sampleEmployer, tempDir } from './temp-db';

let dbCounter = 0;

/** A central database with its schema, an in-process sync server on it, and helpers to make desks. */
export async function syncWorld(cluster: PgCluster) {
  const pgUrl = cluster.createDatabase(`sigap_${process.pid}_${++dbCounter}`);
  const pool = new pg.Pool({ connectionString: pgUrl, max: 4 });
  pool.on('error', () => undefined); // idle connections die when a test stops PostgreSQL on purpose
  const client = await pool.connect();
  await migrateServer(client);
  client.release();
  let server: RunningServer = await startSyncServer({ pgUrl, port: 0, host: '127.0.0.1' });
  const tmp = tempDir('sigap-sync-');
  const desks: Desk[] = [];

  interface Desk {
    name: string;
    key: string;
    file: string;
    backend: Backend;
    sync(options?: Partial<SyncOptions>): ReturnType<typeof runSync>;
    value<T>(name: string, arg: unknown): Promise<T>;
  }

  async function desk(name: string, branch = 'BPN'): Promise<Desk> {
    const { key } = await addDesk(pool, name, branch);
    const file = path.join(tmp.dir, `${name}.db`);
    const backend = createBackend(file, 'cli', { cliUser: name });
    const d: Desk = {
      name,
      key,
      file,
      backend,
      sync: (options = {}) => runSync(backend.db, { serverUrl: server.url, deskKey: key, dbFile: file, ...options }),
      async value<T>(handler: string, arg: unknown): Promise<T> {
        const r = await backend.call(handler, arg);
        if (!r.ok) throw new Error(`${handler}: ${r.error.code} ${r.error.message}`);
        return r.value as T;
      },
    };
    desks.push(d);
    return d;
  }

  return {
    pgUrl,
    pool,
    get url() {
      return server.url;
    },
    desk,
    cluster,
    tmpDir: tmp.dir,
    digest: (branch: string) => scopeDigest(pool, { branch }),
    async restartServer() {
      const port = Number(new URL(server.url).port);
      await server.close();
      server = await startSyncServer({ pgUrl, port, host: '127.0.0.1' });
    },
    async close() {
      for (const d of desks) d.backend.close();
      await server.close();
      await pool.end();
      tmp.remove();
    },
  };
}

export const employer = (npp: string, over: Record<string, unknown> = {}) => ({ employer: sampleEmployer({ npp, ...over }), mode: 'create' as const });

export const enrolment = (npp: string, nik: string, over: Record<string, unknown> = {}) => ({
  npp,
  worker: { nik, name: 'Budi Santoso', birthDate: '1990-03-12', gender: 'L', kpj: null, phone: null, ...((over.worker as object) ?? {}) },
  segment: 'PU',
  wage: 4_000_000,
  startDate: '2026-01-05',
  ...Object.fromEntries(Object.entries(over).filter(([k]) => k !== 'worker')),
});
