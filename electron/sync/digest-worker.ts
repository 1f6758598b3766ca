import { workerData, type MessagePort } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { SyncEntity } from '../../shared/sync/entities';
import { hashEntity, type EntityHashes } from './digest-hash';

export interface DigestJob {
  file: string;
  branch: string;
  entities: SyncEntity[];
  /** Int32 flag: set to 1 and notified when the answer is on the port (the asking thread waits on it). */
  done: SharedArrayBuffer;
  port: MessagePort;
}

export type DigestReply = { ok: true; results: EntityHashes[] } | { ok: false; error: string };

const job = workerData as DigestJob;
let reply: DigestReply;
try {
  const db = new Database(job.file, { readonly: true, fileMustExist: true });
  try {
    reply = { ok: true, results: job.entities.map((e) => hashEntity(db, e, job.branch)) };
  } finally {
    db.close();
  }
} catch (error) {
  reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
}
job.port.postMessage(reply);
const flag = new Int32Array(job.done);
Atomics.store(flag, 0, 1);
Atomics.notify(flag, 0);
