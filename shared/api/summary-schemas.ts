import { z } from 'zod';

const period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');

/** One branch (code "BPN" or name "Balikpapan") or one province (code "64" or name "Kalimantan Timur"). */
const summaryTarget = z
  .object({
    branch: z.string().trim().min(1).max(60).optional(),
    province: z.string().trim().min(1).max(60).optional(),
    period: period.optional(),
  })
  .refine((a) => (a.branch === undefined) !== (a.province === undefined), { message: 'branch atau province (salah satu)' });

/** The summary feature's handlers; spread into `schemas` in schemas.ts. */
export const summarySchemas = {
  'summary-get': summaryTarget,
  'summary-export': summaryTarget,
} as const;
