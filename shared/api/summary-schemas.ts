import { z } from 'zod';
import { period, requiredText } from './fields';


/** One branch (code "BPN" or name "Balikpapan") or one province (code "64" or name "Kalimantan Timur"). */
const summaryTarget = z
  .object({
    branch: requiredText(60).optional(),
    province: requiredText(60).optional(),
    period: period.optional(),
  })
  .refine((a) => (a.branch === undefined) !== (a.province === undefined), { message: 'branch atau province (salah satu)' });

/** The summary feature's handlers; spread into `schemas` in schemas.ts. */
export const summarySchemas = {
  'summary-get': summaryTarget,
  'summary-export': summaryTarget,
} as const;
