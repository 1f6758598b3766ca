import { z } from 'zod';
import { BUSINESS_SCALES, PROGRAM_CODES } from '../domain/reference';
import { authSchemas } from './auth-schemas';
import { importSchemas } from './import-schemas';
import type { ApiName } from './names';
import { gapSchemas } from './gap-schemas';
import { listSchemas } from './list-schemas';
import { summarySchemas } from './summary-schemas';
import { syncSchemas } from './sync-schemas';

/** Shape checks at the boundary. Domain checks (NIK, NPWP…) run in the handlers and return coded issues. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
export const periodSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');
const idText = z.string().trim().max(40);
const programs = z.array(z.enum(PROGRAM_CODES)).max(PROGRAM_CODES.length);

export const pageArgs = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(100),
};

export const employerInputSchema = z.object({
  npp: idText,
  name: z.string().trim().min(1).max(200),
  npwp: idText.nullable(),
  nib: idText.nullable(),
  regencyCode: z.string().trim().max(8),
  address: z.string().trim().max(500),
  scale: z.enum(BUSINESS_SCALES),
  riskGroup: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
  programs,
  reportedHeadcount: z.number().int().min(0).max(1_000_000),
  branchCode: z.string().trim().max(10).nullable().optional(),
  jkkRelief: z.boolean().optional(),
  capital: z.number().min(0).max(1e16).nullable().optional(),
  annualSales: z.number().min(0).max(1e16).nullable().optional(),
});

export const employerQuerySchema = z.object({
  query: z.string().trim().max(100).default(''),
  branchCode: z.string().max(10).optional(),
  regencyCode: z.string().max(8).optional(),
  scale: z.enum(BUSINESS_SCALES).optional(),
  ...pageArgs,
});

export const workerSchema = z.object({
  nik: idText,
  name: z.string().trim().min(1).max(200),
  birthDate: isoDate,
  gender: z.enum(['L', 'P']),
  kpj: idText.nullable(),
  phone: z.string().trim().max(20).nullable(),
});

export const enrolmentSchema = z.object({
  npp: idText,
  worker: workerSchema,
  segment: z.enum(['PU', 'BPU', 'JAKON']),
  wage: z.number().finite().min(0).max(10_000_000_000),
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
  'workers-list': z.object({ npp: idText, status: z.enum(['aktif', 'nonaktif']).optional(), ...pageArgs }),
  'workers-search': z.object({ query: z.string().trim().min(1).max(100), limit: z.number().int().min(1).max(200).default(50) }),
  'workers-get': z.object({ nik: idText }),
  'workers-enrol': enrolmentSchema,
  'workers-end': z.object({ membershipId: z.number().int().positive(), endDate: isoDate }),
  'nik-check': z.object({ nik: z.string().max(40), npp: idText.optional() }),
  ...importSchemas,
  ...authSchemas,
  ...gapSchemas,
  ...listSchemas,
  ...summarySchemas,
} as const satisfies Record<ApiName, z.ZodType>;
