import { workerData } from 'node:worker_threads';
import { serveStoreTask, type StoreTaskData } from '../jobs/store-task';
import { writeImport, type WritePlan } from './write-import';

export interface WriteJob extends StoreTaskData {
  plan: WritePlan;
}

/**
 * Writes one import on its own connection, off the host's request thread: the host keeps answering reads at
 * once (WAL) while this holds the write lock. Cancel throws inside the transaction, which rolls it back.
 */
const job = workerData as WriteJob;
serveStoreTask(job, (db, report) => writeImport(db, job.plan, report));
