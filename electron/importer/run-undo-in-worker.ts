import type { UndoResult } from '../../shared/import/types';
import { runStoreWorker, workerEntry, type StoreWorkerControl } from '../jobs/run-store-worker';

const entry = workerEntry('undo-worker.mjs', import.meta.url);

/** Undoes an import in a worker thread on its own connection to `file`; cancel rolls it back. */
export const undoInWorker = (file: string, importId: number, user: string, control: StoreWorkerControl): Promise<UndoResult> =>
  runStoreWorker<UndoResult, { importId: number; user: string }>(entry, file, { importId, user }, control);
