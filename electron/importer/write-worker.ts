import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/open';
import { AppError } from '../errors/app-error';
import { writeImport, type WritePlan } from './write-import';

export interface WriteJob {
  file: string;
  plan: WritePlan;
  /** Int32 flag the host sets to 1 to cancel: read between row batches, inside the transaction. */
  cancel: SharedArrayBuffer;
}

export type WriteReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'written'; importId: number; inserted: number; updated: number }
  | { type: 'error'; code: string; params: Record<string, string | number> }
  | { type: 'internal'; message: string };

const PROGRESS_EVERY_MS = 200;

/**
 * Writes one import on its own connection, off the host's request thread: the host keeps answering reads at
 * once (WAL) while this holds the write lock. Cancel throws inside the transaction, which rolls it back.
 */
function run(job: WriteJob): WriteReply {
  const flag = new Int32Array(job.cancel);
  let db: ReturnType<typeof openDatabase> | null = null;
  try {
    db = openDatabase(job.file);
    let last = 0;
    const outcome = writeImport(db, job.plan, (done, total) => {
      if (Atomics.load(flag, 0) === 1) throw new AppError('JOB_CANCELLED');
      const now = Date.now();
      if (now - last >= PROGRESS_EVERY_MS || done === total) {
        last = now;
        parentPort?.postMessage({ type: 'progress', done, total } satisfies WriteReply);
      }
    });
    return { type: 'written', ...outcome };
  } catch (error) {
    if (error instanceof AppError) return { type: 'error', code: error.code, params: error.params };
    const code = String((error as { code?: unknown }).code ?? '');
    if (code.startsWith('SQLITE_BUSY')) return { type: 'error', code: 'STORE_BUSY', params: {} };
    return { type: 'internal', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  } finally {
    db?.close();
  }
}

parentPort?.postMessage(run(workerData as WriteJob));
