/** Long work the host runs for a person: it belongs to the host, so a reload or a second tab finds it again. */
export const JOB_KINDS = ['import-check', 'import-write'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

/**
 * What the job is doing now, named for the person waiting: `waiting` is a write queued behind another import's
 * write (one writer at a time), `reading` the spreadsheet being opened, `checking` the rows, `writing` the commit.
 */
export type JobStage = 'queued' | 'waiting' | 'reading' | 'checking' | 'writing' | 'done';
export type JobStatus = 'running' | 'done' | 'failed' | 'cancelled';

export interface JobView<R = unknown> {
  id: string;
  kind: JobKind;
  /** What the job is about (an upload id for imports), so a page can find the job of its file. */
  key: string;
  /** What a person recognises the job by (the file name). */
  label: string;
  user: string;
  status: JobStatus;
  stage: JobStage;
  /** Rows (or bytes) done of the stage's total; total 0 while not yet known. */
  done: number;
  total: number;
  /** Whole percent of the stage, null while the total is unknown. */
  percent: number | null;
  /** Seconds left in the stage, once the rate has been stable long enough to say; else null. */
  etaSeconds: number | null;
  startedAt: string;
  updatedAt: string;
  finishedAt: string | null;
  /** Set when done (the handler's result). */
  result: R | null;
  /** Set when failed or cancelled: a coded error as the API returns it. */
  error: { code: string; message: string; params?: Record<string, string | number> } | null;
}
