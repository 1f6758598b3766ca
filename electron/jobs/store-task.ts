import { parentPort } from 'node:worker_threads';
import { openDatabase, type Db } from '../db/open';
import { AppError } from '../errors/app-error';

/** What the host hands a store worker: the store file and the Int32 flag it sets to 1 to cancel. */
export interface StoreTaskData {
  file: string;
  cancel: SharedArrayBuffer;
}

export type StoreTaskReply<T> =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; value: T }
  | { type: 'error'; code: string; params: Record<string, string | number> }
  | { type: 'internal'; message: string };

const PROGRESS_EVERY_MS = 200;

/**
 * Runs one long write on its own connection, off the host's request thread, and posts its progress and outcome.
 * `report` throws JOB_CANCELLED once the host asked to cancel: called inside the task's transaction, the
 * throw rolls it back, so a cancelled job leaves nothing behind.
 */
export function serveStoreTask<T>(data: StoreTaskData, task: (db: Db, report: (done: number, total: number) => void) => T): void {
  const flag = new Int32Array(data.cancel);
  let db: Db | null = null;
  let reply: StoreTaskReply<T>;
  try {
    db = openDatabase(data.file);
    let last = 0;
    const value = task(db, (done, total) => {
      if (Atomics.load(flag, 0) === 1) throw new AppError('JOB_CANCELLED');
      const now = Date.now();
      if (now - last >= PROGRESS_EVERY_MS || done === total) {
        last = now;
        parentPort?.postMessage({ type: 'progress', done, total } satisfies StoreTaskReply<T>);
      }
    });
    reply = { type: 'done', value };
  } catch (error) {
    if (error instanceof AppError) reply = { type: 'error', code: error.code, params: error.params };
    else if (String((error as { code?: unknown }).code ?? '').startsWith('SQLITE_BUSY')) reply = { type: 'error', code: 'STORE_BUSY', params: {} };
    else reply = { type: 'internal', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  } finally {
    db?.close();
  }
  parentPort?.postMessage(reply);
}
