import { runStoreWorker, workerEntry, type StoreWorkerControl } from '../jobs/run-store-worker';
import type { WriteOutcome, WritePlan } from './write-import';

const entry = workerEntry('write-worker.mjs', import.meta.url);

/** Writes an import in a worker thread on its own connection to `file`; cancel rolls it back. */
export const writeInWorker = (file: string, plan: WritePlan, control: StoreWorkerControl): Promise<WriteOutcome> =>
  runStoreWorker<WriteOutcome, { plan: WritePlan }>(entry, file, { plan }, control);
