import type { ImportPreview, ImportProgress, ImportResult } from '../../shared/import/types';
import type { JobView } from '../../shared/jobs/job-types';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import type { JobHandle, JobRegistry } from '../jobs/job-registry';
import { checkImport, importResult, planImport, type CheckedImport, type ImportContext, type ImportRequest } from './run-import';
import { writeInWorker } from './run-write-in-worker';

/** What the check keeps for the commit: the same choices need no second read of the file. */
interface KeptCheck {
  sourceKey: string;
  checked: CheckedImport;
}

/** A finished check's preview: every finding (the job view pages them). */
export type CheckResult = ImportPreview;

const stageOf = (p: ImportProgress) => (p.phase === 'done' ? 'done' : p.phase);

function follow(job: JobHandle, req: ImportRequest): ImportRequest {
  return { ...req, signal: job.signal, onProgress: (p) => job.progress(stageOf(p), p.done, p.total) };
}

export function previewOf(checked: CheckedImport, req: ImportRequest): ImportPreview {
  const plan = planImport(req, checked);
  return {
    ...checked.parsed.preview,
    ...plan.counts,
    issues: checked.issues,
    issuesTotal: checked.issues.length,
  };
}

/**
 * Starts the dry run of an upload as a job. One check per upload: a check still running for the same upload
 * is cancelled first (a changed mapping or correction makes its answer useless), and its worker stops.
 */
export function startImportCheck(jobs: JobRegistry, ctx: ImportContext, req: ImportRequest, uploadId: string, sourceKey: string): JobView {
  for (const other of jobs.list({ key: uploadId, kind: 'import-check' })) {
    jobs.cancel(other.id);
    jobs.keep(other.id, undefined);
  }
  const view = jobs.start('import-check', uploadId, req.user, async (job): Promise<CheckResult> => {
    job.progress('reading');
    const checked = await checkImport(ctx, follow(job, req));
    job.throwIfCancelled();
    jobs.keep(view.id, { sourceKey, checked } satisfies KeptCheck);
    return previewOf(checked, req);
  }, req.fileName);
  return view;
}

/** The checked file of the newest finished check of this upload with these choices, if the host still holds it. */
function keptCheck(jobs: JobRegistry, uploadId: string, sourceKey: string): CheckedImport | null {
  for (const j of jobs.list({ key: uploadId, kind: 'import-check' })) {
    const kept = jobs.kept(j.id) as KeptCheck | undefined;
    if (j.status === 'done' && kept?.sourceKey === sourceKey) return kept.checked;
  }
  return null;
}

/**
 * Starts the commit of an upload as a job: the rows (from the finished check when the choices are the same,
 * else read again) are written in a worker thread on its own connection, one import at a time. A second
 * start for the same upload answers the job already running or done: an import is never written twice.
 */
export function startImportWrite(
  jobs: JobRegistry,
  ctx: ImportContext,
  req: ImportRequest,
  uploadId: string,
  sourceKey: string,
  storeFile: string,
  afterWrite: (result: ImportResult) => void,
): JobView {
  const existing = jobs.list({ key: uploadId, kind: 'import-write' }).find((j) => j.status === 'running' || j.status === 'done');
  if (existing) return existing;
  return jobs.start('import-write', uploadId, req.user, async (job): Promise<ImportResult> => {
    let checked = keptCheck(jobs, uploadId, sourceKey);
    if (!checked) {
      job.progress('reading');
      checked = await checkImport(ctx, follow(job, req));
    }
    job.throwIfCancelled();
    const plan = planImport(req, checked);
    const outcome = await jobs.exclusiveWrite(job, () => {
      job.progress('writing', 0, plan.counts.accepted);
      return writeInWorker(storeFile, plan, { signal: job.signal, onProgress: (done, total) => job.progress('writing', done, total) });
    });
    const result = importResult({ ...req, dryRun: false }, checked, plan, outcome);
    afterWrite(result);
    return result;
  }, req.fileName);
}

/** What a finished import job keeps across a host restart: its counts, not its findings. */
export function importResultToKeep(job: JobView): unknown {
  return job.kind === 'import-write' && job.result ? { ...(job.result as ImportResult), issues: [] } : null;
}

/**
 * An import write the last host was running when it stopped. Its transaction is all or nothing: either the
 * import is in the store (committed just before the host stopped, its job not yet marked done) and the job is
 * done with that import's counts, or nothing of it was written (null: the job says it was interrupted).
 */
export function settleInterruptedImport(db: Db, job: JobView): JobView | null {
  if (job.kind !== 'import-write') return null;
  const row = stmt(
    db,
    `SELECT id AS importId, kind, sheet, header_row AS headerRow, total_rows AS totalRows, accepted, rejected, skipped,
            inserted, updated, created_at AS createdAt
     FROM imports WHERE user_name = ? AND file_name = ? AND created_at >= ? ORDER BY id LIMIT 1`,
  ).get(job.user, job.label, job.startedAt) as
    | (Omit<ImportResult, 'dryRun' | 'unchanged' | 'warnings' | 'issues'> & { createdAt: string })
    | undefined;
  if (!row) return null;
  const { createdAt, ...counts } = row;
  const result: ImportResult = { ...counts, dryRun: false, unchanged: counts.accepted - counts.inserted - counts.updated, warnings: 0, issues: [], fileWarnings: [] };
  return { ...job, status: 'done', stage: 'done', done: job.total, etaSeconds: 0, finishedAt: createdAt, updatedAt: createdAt, result, error: null };
}
