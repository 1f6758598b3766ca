import { z } from 'zod';
import { period, text } from './fields';
import { GAP_CODES } from '../gaps/gap-types';
import { BUSINESS_SCALES } from '../domain/reference';
import { importSchemas } from './import-schemas';

const jobId = text(36).regex(/^[0-9a-f-]{36}$/, 'jobId');
const uploadId = text(32).regex(/^[a-f0-9]{32}$/, 'uploadId');

/** Long jobs (issue 16): started by one call, then read (polled) and cancelled by their id. */
export const jobSchemas = {
  'imports-check-start': importSchemas['imports-commit'].omit({ dryRun: true }),
  'imports-commit-start': importSchemas['imports-commit'].omit({ dryRun: true }),
  'jobs-get': z.object({
    jobId,
    /** For an import check: which findings to page through. */
    severity: z.enum(['error', 'warning']).optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(200),
  }),
  'jobs-cancel': z.object({ jobId }),
  /** The caller's jobs, newest first: what a reloaded page or a second tab looks for. */
  'jobs-list': z.object({ uploadId: uploadId.optional(), running: z.boolean().optional() }).default({}),
  /** The gap screen's list as a workbook, with the screen's filters. */
  'gaps-export': z.object({
    period: period.optional(),
    branch: text(60).optional(),
    regencyCode: text(8).optional(),
    kind: z.enum(GAP_CODES).optional(),
    scale: z.enum(BUSINESS_SCALES).optional(),
    sort: z.enum(['shortfall', 'name']).default('shortfall'),
  }),
} as const;
