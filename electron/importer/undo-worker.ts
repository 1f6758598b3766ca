import { workerData } from 'node:worker_threads';
import { serveStoreTask, type StoreTaskData } from '../jobs/store-task';
import { undoImport } from './undo-import';

export interface UndoJob extends StoreTaskData {
  importId: number;
  user: string;
}

/** Undoes one import on its own connection, off the host's request thread; cancel rolls the undo back. */
const job = workerData as UndoJob;
serveStoreTask(job, (db, report) => undoImport(db, job.importId, job.user, report));
