import { afterAll, afterEach, beforeAll } from 'vitest';
import { startPgCluster, type PgCluster } from './pg-cluster';
import { syncWorld } from './sync-fixture';

export type SyncWorld = Awaited<ReturnType<typeof syncWorld>>;

/** One throwaway PostgreSQL cluster for the test file, started before its tests and removed after them. */
export function usePgCluster(): () => PgCluster {
  let cluster: PgCluster | undefined;
  beforeAll(async () => {
    cluster = await startPgCluster();
  });
  afterAll(() => cluster?.remove());
  return () => cluster!;
}

/** A cluster for the file and a fresh sync world (database, server, desks) per test, closed after it. */
export function useSyncWorlds(): () => Promise<SyncWorld> {
  const cluster = usePgCluster();
  let world: SyncWorld | undefined;
  afterEach(async () => {
    await world?.close();
    world = undefined;
  });
  return async () => (world = await syncWorld(cluster()));
}
