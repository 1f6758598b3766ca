import { z } from 'zod';
import { idText, isoDate, period, requiredText, rupiah, text } from './fields';
import { BUSINESS_SCALES, PROGRAM_CODES } from '../domain/reference';
import { authSchemas } from './auth-schemas';
import { importSchemas } from './import-schemas';
import { jobSchemas } from './job-schemas';
import type { ApiName } from './names';
import { gapSchemas } from './gap-schemas';
import { listSchemas } from './list-schemas';
import { endReasonSchema, membershipSchemas } from './membership-schemas';
import { summarySchemas } from './summary-schemas';
import { syncSchemas } from './sync-schemas';
import { segmentSchemas } from './segment-schemas';

/** Shape checks at the boundary. Domain checks (NIK, NPWP…) run in the handlers and return coded issues. */
export const periodSchema = period;
const programs = z.array(z.enum(PROGRAM_CODES)).max(PROGRAM_CODES.length);

export const pageArgs = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(100),
};

/**
 * Lists that carry NIK and wages come at most one screen page (200 rows) at a time, so reading a whole
 * employer takes many calls, each of which the trail can see (see electron/api/handlers/workers.ts).
 */
export const PERSONAL_PAGE_MAX = 200;

export const employerInputSchema = z.object({
  npp: idText,
  name: requiredText(200),
  npwp: idText.nullable(),
  nib: idText.nullable(),
  regencyCode: text(8),
  address: text(500),
  scale: z.enum(BUSINESS_SCALES),
  riskGroup: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
  programs,
  reportedHeadcount: z.number().int().min(0).max(1_000_000),
  branchCode: text(10).nullable().optional(),
  jkkRelief: z.boolean().optional(),
  capital: z.number().min(0).max(1e16).nullable().optional(),
  annualSales: z.number().min(0).max(1e16).nullable().optional(),
});

export const employerQuerySchema = z.object({
  query: text(100).default(''),
  branchCode: text(10).optional(),
  regencyCode: text(8).optional(),
  scale: z.enum(BUSINESS_SCALES).optional(),
  ...pageArgs,
  /** Keyset paging: the page after this row (the last one shown), in the list's order; `offset` is then ignored. */
  after: z.object({ name: text(400), npp: idText }).optional(),
});

export const workerSchema = z.object({
  nik: idText,
  name: requiredText(200),
  birthDate: isoDate,
  gender: z.enum(['L', 'P']),
  kpj: idText.nullable(),
  phone: text(20).nullable(),
});

export const enrolmentSchema = z.object({
  npp: idText,
  worker: workerSchema,
  segment: z.enum(['PU', 'BPU', 'JAKON']),
  wage: rupiah,
  startDate: isoDate,
  programs: programs.optional(),
});

export const schemas = {
  ...syncSchemas,
  'app-info': z.object({}).default({}),
  'reference-get': z.object({}).default({}),
  'employers-list': employerQuerySchema,
  'employers-get': z.object({ npp: idText }),
  'employers-save': z.object({ employer: employerInputSchema, mode: z.enum(['create', 'update']) }),
  'workers-list': z.object({
    npp: idText,
    status: z.enum(['aktif', 'nonaktif']).optional(),
    offset: pageArgs.offset,
    limit: z.number().int().min(1).max(PERSONAL_PAGE_MAX).default(100),
  }),
  'workers-search': z.object({ query: requiredText(100), limit: z.number().int().min(1).max(PERSONAL_PAGE_MAX).default(50) }),
  'workers-find': z.object({
    query: requiredText(100),
    limit: z.number().int().min(1).max(PERSONAL_PAGE_MAX).default(50),
    cursor: text(400).optional(),
  }),
  'workers-get': z.object({ nik: idText }),
  'workers-enrol': enrolmentSchema,
  'workers-end': z.object({ membershipId: z.number().int().positive(), endDate: isoDate, reason: endReasonSchema }),
  'nik-check': z.object({ nik: text(40), npp: idText.optional() }),
  ...importSchemas,
  ...jobSchemas,
  ...authSchemas,
  ...gapSchemas,
  ...listSchemas,
  ...summarySchemas,
  ...segmentSchemas,
  ...membershipSchemas,
} as const satisfies Record<ApiName, z.ZodType>;
