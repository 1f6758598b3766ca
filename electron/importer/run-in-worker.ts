import { Worker } from 'node:worker_threads';
import { AppError } from '../errors/app-error';
import type { ImportHeaderPreview } from '../../shared/import/types';
import { IMPORT_LIMITS } from './limits';
import type { ListFile } from '../lists/read-list-file';
import type { ListJob, ParsedFile, ParseJob, WorkerReply } from './parse-types';

export type ProgressFn = (done: number, total: number) => void;

// In a packaged app the worker files are unpacked beside the asar archive (build/electron-builder.yml).
const workerUrl = new URL(new URL('./parse-worker.mjs', import.meta.url).href.replace('/app.asar/', '/app.asar.unpacked/'));

/**
 * Runs a parse job in a worker thread with a heap limit and a timeout: a hostile file can exhaust or hang only
 * the worker, which is then terminated; the host answers with a coded error.
 */
function runJob(job: ParseJob | ListJob, onProgress?: ProgressFn, signal?: AbortSignal): Promise<WorkerReply> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AppError('JOB_CANCELLED'));
    const worker = new Worker(workerUrl, {
      workerData: job,
      transferList: [],
      resourceLimits: { maxOldGenerationSizeMb: IMPORT_LIMITS.workerHeapMb, maxYoungGenerationSizeMb: 64 },
      stdout: false,
      stderr: false,
    });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      fn();
      void worker.terminate();
    };
    // A cancelled read or check stops the worker at once: nothing of it is kept, and its memory goes with it.
    const onAbort = () => finish(() => reject(new AppError('JOB_CANCELLED')));
    signal?.addEventListener('abort', onAbort);
    const timer = setTimeout(() => finish(() => reject(new AppError('FILE_TIMEOUT', { seconds: IMPORT_LIMITS.workerTimeoutMs / 1000 }))), IMPORT_LIMITS.workerTimeoutMs);
    worker.on('message', (msg: WorkerReply) => {
      if (msg.type === 'progress') onProgress?.(msg.done, msg.total);
      else finish(() => resolve(msg));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      if (!outOfMemory) console.error('[sigap] parse worker:', error.message);
      finish(() => reject(outOfMemory ? new AppError('FILE_TOO_LARGE', { limit: `${IMPORT_LIMITS.workerHeapMb} MB memory` }) : new AppError('FILE_UNREADABLE', { reason: 'format' })));
    });
    worker.on('exit', (code) => finish(() => reject(new AppError('FILE_UNREADABLE', { reason: `worker exit ${code}` }))));
  });
}

function unwrapReply<T extends WorkerReply['type']>(reply: WorkerReply, type: T): Extract<WorkerReply, { type: T }> {
  if (reply.type === 'error') throw new AppError(reply.code, reply.params);
  if (reply.type !== type) throw new Error(`parse worker answered ${reply.type}, expected ${type}`);
  return reply as Extract<WorkerReply, { type: T }>;
}

export async function headerInWorker(job: Omit<ParseJob, 'mode'>): Promise<ImportHeaderPreview> {
  return unwrapReply(await runJob({ ...job, mode: 'header' }), 'header').preview;
}

export async function parseInWorker(job: Omit<ParseJob, 'mode'>, onProgress?: ProgressFn, signal?: AbortSignal): Promise<ParsedFile> {
  return unwrapReply(await runJob({ ...job, mode: 'full' }, onProgress, signal), 'parsed').parsed;
}

export async function annotateInWorker(job: Omit<ParseJob, 'mode'>): Promise<{ bytes: Uint8Array; fileName: string }> {
  return unwrapReply(await runJob({ ...job, mode: 'annotate' }), 'annotated');
}

/** Reads an outside list (companies, payroll, workforce figures) off the host's event loop. */
export async function readListInWorker(job: Omit<ListJob, 'mode'>): Promise<ListFile> {
  return unwrapReply(await runJob({ ...job, mode: 'list' }), 'list').file;
}
