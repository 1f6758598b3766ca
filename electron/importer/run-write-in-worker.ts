import { Worker } from 'node:worker_threads';
import { AppError } from '../errors/app-error';
import type { WriteJob, WriteReply } from './write-worker';
import type { WriteOutcome, WritePlan } from './write-import';

// In a packaged app the worker files are unpacked beside the asar archive (build/electron-builder.yml).
const workerUrl = new URL(new URL('./write-worker.mjs', import.meta.url).href.replace('/app.asar/', '/app.asar.unpacked/'));

export interface WriteControl {
  signal: AbortSignal;
  onProgress: (done: number, total: number) => void;
}

/**
 * Writes an import in a worker thread on its own connection to `file`. Cancel (the signal) is passed through
 * shared memory, so it reaches the transaction while it runs; the worker then rolls back and answers JOB_CANCELLED.
 */
export function writeInWorker(file: string, plan: WritePlan, control: WriteControl): Promise<WriteOutcome> {
  const cancel = new SharedArrayBuffer(4);
  const flag = new Int32Array(cancel);
  return new Promise((resolve, reject) => {
    const onAbort = () => Atomics.store(flag, 0, 1);
    if (control.signal.aborted) onAbort();
    control.signal.addEventListener('abort', onAbort);
    const worker = new Worker(workerUrl, { workerData: { file, plan, cancel } satisfies WriteJob, stdout: false, stderr: false });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      control.signal.removeEventListener('abort', onAbort);
      fn();
      void worker.terminate();
    };
    worker.on('message', (msg: WriteReply) => {
      if (msg.type === 'progress') return control.onProgress(msg.done, msg.total);
      finish(() => {
        if (msg.type === 'written') resolve({ importId: msg.importId, inserted: msg.inserted, updated: msg.updated });
        else if (msg.type === 'error') reject(new AppError(msg.code, msg.params));
        else reject(new Error(`write worker: ${msg.message}`));
      });
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) => finish(() => reject(new Error(`write worker exited with ${code}`))));
  });
}
