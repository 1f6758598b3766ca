import { z } from 'zod';
import { idText, period, text } from './fields';
import { PROSPECT_SOURCES } from '../gaps/gap-types';
import { LIST_KINDS } from '../lists/list-types';

const uploadId = text(32).regex(/^[a-f0-9]{32}$/, 'uploadId');

/** Outside lists uploaded in the app (the file goes up with `uploads-put` first); spread into `schemas`. */
export const listSchemas = {
  'lists-import': z
    .object({
      uploadId,
      kind: z.enum(LIST_KINDS),
      /** prospects: the list's origin; when absent, the file's source column or its name decides. */
      source: z.enum(PROSPECT_SOURCES).optional(),
      /** payroll: whose payroll, for which month. */
      npp: idText.optional(),
      period: period.optional(),
      /** Work out the answer (matches, PWBD, headcounts) without saving anything. */
      dryRun: z.boolean().default(false),
    })
    .refine((a) => a.kind !== 'payroll' || (a.npp && a.period), { message: 'payroll: npp dan period wajib', path: ['npp'] }),
  'lists-history': z.object({
    kind: z.enum(LIST_KINDS).optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(200).default(50),
  }),
  'lists-undo': z.object({ listImportId: z.number().int().positive() }),
} as const;
