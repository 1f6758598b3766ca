import { Worker } from 'node:worker_threads';
import { AppError } from '../errors/app-error';
import type { StoreTaskData, StoreTaskReply } from './store-task';

export interface StoreWorkerControl {
  signal: AbortSignal;
  onProgress: (done: number, total: number) => void;
}

/** A worker entry beside `base` (a module's import.meta.url); in a packaged app unpacked beside the asar archive. */
export const workerEntry = (name: string, base: string): URL =>
  new URL(new URL(`./${name}`, base).href.replace('/app.asar/', '/app.asar.unpacked/'));

/**
 * Runs a store task (`serveStoreTask`) in a worker thread on its own connection to `file`. Cancel (the signal)
 * is passed through shared memory, so it reaches the transaction while it runs; the worker then rolls back and
 * answers JOB_CANCELLED.
 */
export function runStoreWorker<T, D extends object>(entry: URL, file: string, data: D, control: StoreWorkerControl): Promise<T> {
  const cancel = new SharedArrayBuffer(4);
  const flag = new Int32Array(cancel);
  return new Promise((resolve, reject) => {
    const onAbort = () => Atomics.store(flag, 0, 1);
    if (control.signal.aborted) onAbort();
    control.signal.addEventListener('abort', onAbort);
    const workerData: StoreTaskData & D = { ...data, file, cancel };
    const worker = new Worker(entry, { workerData, stdout: false, stderr: false });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      control.signal.removeEventListener('abort', onAbort);
      fn();
      void worker.terminate();
    };
    worker.on('message', (msg: StoreTaskReply<T>) => {
      if (msg.type === 'progress') return control.onProgress(msg.done, msg.total);
      finish(() => {
        if (msg.type === 'done') resolve(msg.value);
        else if (msg.type === 'error') reject(new AppError(msg.code, msg.params));
        else reject(new Error(`store worker: ${msg.message}`));
      });
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) => finish(() => reject(new Error(`store worker exited with ${code}`))));
  });
}
