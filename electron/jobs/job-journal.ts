import fs from 'node:fs';
import path from 'node:path';
import type { JobView } from '../../shared/jobs/job-types';
import { PRIVATE_FILE } from '../db/file-modes';

/** What outlives the host process: each job's last state, with a small summary of its result (never rows). */
export type JournalledJob = JobView;

/**
 * The jobs' last states in a small file beside the store (`jobs.json`, private). Not in the store itself:
 * a job's start and end happen while its own write holds the store's write lock, and a job's bookkeeping must
 * never wait for (or be rolled back with) the work it describes. Written whole, through a temporary file and a
 * rename, so a crash leaves the old or the new file, never half of one.
 */
export class JobJournal {
  constructor(readonly file: string) {}

  load(): JournalledJob[] {
    try {
      const parsed = JSON.parse(fs.readFileSync(this.file, 'utf8')) as unknown;
      return Array.isArray(parsed) ? (parsed as JournalledJob[]).filter((j) => typeof j?.id === 'string' && typeof j.status === 'string') : [];
    } catch {
      // No journal yet, or one a crash of the disk left unreadable: the jobs it held are history, not data.
      return [];
    }
  }

  save(jobs: readonly JournalledJob[]): void {
    const tmp = path.join(path.dirname(this.file), `.${path.basename(this.file)}.${process.pid}.tmp`);
    try {
      fs.writeFileSync(tmp, JSON.stringify(jobs), { mode: PRIVATE_FILE });
      fs.renameSync(tmp, this.file);
    } catch (error) {
      // A full or read-only disk must not fail the job itself; the next save tries again.
      console.error('[sigap] job journal not written:', error instanceof Error ? error.message : error);
    }
  }
}
