import { can } from '../../../shared/api/permissions';
import type { ImportPreview, ImportResult } from '../../../shared/import/types';
import type { JobView } from '../../../shared/jobs/job-types';
import { AppError } from '../../errors/app-error';
import { exportGaps } from '../../exporter/gap-export';
import { actorOf } from '../../importer/actor';
import { startImportCheck, startImportWrite } from '../../importer/import-jobs';
import { IMPORT_LIMITS } from '../../importer/limits';
import { deleteUpload } from '../../importer/uploads';
import type { HandlerContext } from '../context';
import type { HandlerGroup } from '../registry';
import { gapHandlers } from './gaps';
import { importRequest } from './imports';

/** A job is its starter's: another user is told it does not exist (its result may carry names and NIKs). */
function ownJob(ctx: HandlerContext, jobId: string): JobView {
  const job = ctx.jobs.get(jobId);
  if (!job || (ctx.mode !== 'cli' && job.user !== actorOf(ctx))) throw new AppError('JOB_NOT_FOUND');
  return job;
}

/** One page of an import's findings, like `imports-preview` answers: a whole 100k-row list never crosses at once. */
function paged(job: JobView, arg: { severity?: 'error' | 'warning'; offset: number; limit: number }): JobView {
  if (!job.result) return job;
  if (job.kind === 'import-check') {
    const preview = job.result as ImportPreview;
    const filtered = arg.severity ? preview.issues.filter((i) => i.severity === arg.severity) : preview.issues;
    const issues = filtered.slice(arg.offset, arg.offset + Math.min(arg.limit, IMPORT_LIMITS.maxIssuesPerPage));
    return { ...job, result: { ...preview, issues, issuesTotal: filtered.length } satisfies ImportPreview };
  }
  const result = job.result as ImportResult;
  return { ...job, result: { ...result, issues: result.issues.slice(0, IMPORT_LIMITS.maxIssuesPerPage), issuesTotal: result.issues.length } };
}

/** The result stays in the job (for the page); the list view carries none, to stay small. */
const brief = (job: JobView): JobView => ({ ...job, result: null });

const sourceKey = (arg: object) => JSON.stringify(arg);

export const jobHandlers: HandlerGroup<'imports-check-start' | 'imports-commit-start' | 'jobs-get' | 'jobs-cancel' | 'jobs-list' | 'gaps-export'> = {
  'imports-check-start': (ctx, arg) => brief(startImportCheck(ctx.jobs, ctx, importRequest(ctx, arg, true), arg.uploadId, sourceKey(arg))),
  'imports-commit-start': (ctx, arg) =>
    brief(
      startImportWrite(ctx.jobs, ctx, importRequest(ctx, arg, false), arg.uploadId, sourceKey(arg), ctx.storage.file, () => {
        // UU 27/2022: the source file holds NIKs and wages; once committed it is no longer needed.
        deleteUpload(ctx.db, arg.uploadId);
      }),
    ),
  'jobs-get': (ctx, arg) => paged(ownJob(ctx, arg.jobId), arg),
  'jobs-cancel': (ctx, { jobId }) => {
    ownJob(ctx, jobId);
    return brief(ctx.jobs.cancel(jobId)!);
  },
  'jobs-list': (ctx, arg) =>
    ctx.jobs.list({ user: ctx.mode === 'cli' ? undefined : actorOf(ctx), key: arg.uploadId, running: arg.running }).map(brief),
  'gaps-export': async (ctx, arg) => {
    const { sort, ...filters } = arg;
    const page = await gapHandlers['gaps-list'](ctx, { ...filters, sort, offset: 0, limit: Number.MAX_SAFE_INTEGER });
    // NIKs of underpaid workers only for whoever may export personal data (the branch head).
    const personal = ctx.mode === 'cli' || (ctx.session !== null && can(ctx.session.role, 'personal-export'));
    return exportGaps(ctx.db, page.items, { period: page.period, filters, personal, user: actorOf(ctx), mode: ctx.mode, today: ctx.now() });
  },
};
