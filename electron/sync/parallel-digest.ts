import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { SyncEntity } from '../../shared/sync/entities';
import type { Db } from '../db/connection';
import type { EntityHashes } from './digest-hash';
import type { DigestReply } from './digest-worker';

// In a packaged app the worker files are unpacked beside the asar archive (build/electron-builder.yml).
const workerUrl = new URL(new URL('./digest-worker.mjs', import.meta.url).href.replace('/app.asar/', '/app.asar.unpacked/'));

/** Below this many memberships a second thread costs more to start than it saves. */
export const PARALLEL_FROM_ROWS = 20_000;
/** A worker that has not answered by then is given up on; its share is hashed here instead. */
const WAIT_MS = 5 * 60_000;

export interface Offloaded {
  entities: SyncEntity[];
  /** Blocks until the worker answers; null when it failed (the caller hashes those entities itself). */
  collect(): EntityHashes[] | null;
}

/**
 * Hashes some entities on a second read-only connection in a worker thread while the caller hashes the rest:
 * rebuilding the digest after a first pull is two independent table scans, and the server is idle by then.
 * The caller holds the write lock (an immediate transaction), so both threads read the same committed state.
 */
export function hashInWorker(db: Db, branch: string, entities: SyncEntity[]): Offloaded | null {
  if (!db.name || db.name === ':memory:' || db.memory) return null;
  const done = new SharedArrayBuffer(4);
  const { port1, port2 } = new MessageChannel();
  let worker: Worker;
  try {
    worker = new Worker(workerUrl, { workerData: { file: db.name, branch, entities, done, port: port2 }, transferList: [port2], stdout: false, stderr: false });
  } catch {
    return null;
  }
  return {
    entities,
    collect() {
      const flag = new Int32Array(done);
      Atomics.wait(flag, 0, 0, WAIT_MS);
      const reply = receiveMessageOnPort(port1)?.message as DigestReply | undefined;
      port1.close();
      void worker.terminate();
      if (reply?.ok) return reply.results;
      console.error('[sigap] digest worker:', reply ? reply.error : 'no answer');
      return null;
    },
  };
}
