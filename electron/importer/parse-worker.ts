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
    // SheetJS failing to read a file is turned into FILE_UNREADABLE where it reads (readOrExplain); anything
    // else is a bug of ours: logged with its stack and reported as internal, never blamed on the person's file.
    console.error('[sigap] parse worker:', error instanceof Error ? error.stack : error);
    return { type: 'error', code: 'INTERNAL', params: {} };
  }
}

const reply = run(workerData as ParseJob | ListJob);
parentPort?.postMessage(reply);
