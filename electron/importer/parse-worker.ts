import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../errors/app-error';
import { annotate, parseAll, previewHeader } from './parse-job';
import { readListFile } from '../lists/read-list-file';
import type { ListJob, ParseJob, WorkerReply } from './parse-types';

/** Runs one parse job off the host's event loop and posts the outcome. Never touches the store. */
function run(job: ParseJob | ListJob): WorkerReply {
  try {
    if (job.mode === 'list') return { type: 'list', file: readListFile(job.listKind, job.bytes, job.fileName) };
    if (job.mode === 'header') return { type: 'header', preview: previewHeader(job) };
    if (job.mode === 'annotate') return { type: 'annotated', ...annotate(job) };
    const { chosen: _chosen, ...parsed } = parseAll(job, (done, total) => parentPort?.postMessage({ type: 'progress', done, total }));
    return { type: 'parsed', parsed };
  } catch (error) {
    if (error instanceof AppError) return { type: 'error', code: error.code, params: error.params };
    // SheetJS failing on a malformed file is the file's fault, not the app's; logged in case it is ours.
    if (process.env.SIGAP_DEBUG) console.error('[sigap] parse worker:', error);
    return { type: 'error', code: 'FILE_UNREADABLE', params: { reason: 'format' } };
  }
}

const reply = run(workerData as ParseJob | ListJob);
parentPort?.postMessage(reply);
