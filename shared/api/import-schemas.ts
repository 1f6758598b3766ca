import { z } from 'zod';
import { idText, period, requiredText, text } from './fields';
import { IMPORT_KINDS } from '../import/fields';
import { MAX_UPLOAD_BASE64 } from '../import/upload-limit';

const uploadId = text(32).regex(/^[a-f0-9]{32}$/, 'uploadId');
// The handler checks the decoded size and answers FILE_TOO_LARGE; the schema only bounds the text.
const MAX_BASE64 = MAX_UPLOAD_BASE64;

/** Which file, read how: shared by preview, commit and the annotated download. */
const importSource = {
  uploadId,
  kind: z.enum(IMPORT_KINDS),
  npp: idText.optional(),
  sheet: text(100).optional(),
  headerRow: z.number().int().min(1).max(1000).optional(),
  /** Column letter → field name, or null to ignore the column. */
  mapping: z.record(text(3).regex(/^[A-Za-z]{1,3}$/), text(40).nullable()).optional(),
  period: period.optional(),
  corrections: z
    .array(z.object({ row: z.number().int().min(1), field: text(40), value: text(500) }))
    .max(10_000)
    .optional(),
};

export const importSchemas = {
    // The file's bytes: base64 is checked by its decoder, and scanning 33 MB of it for controls buys nothing.
  'uploads-put': z.object({ fileName: requiredText(255), dataBase64: z.string().max(MAX_BASE64) }),
  'imports-preview': z.object({
    ...importSource,
    /** Header preview only (reads the first rows): sheets, header row, mapping. */
    headerOnly: z.boolean().default(false),
    severity: z.enum(['error', 'warning']).optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(200),
  }),
  'imports-commit': z.object({ ...importSource, dryRun: z.boolean().default(false) }),
  'imports-progress': z.object({ uploadId }),
  'uploads-info': z.object({ uploadId }),
  'imports-list': z.object({
    npp: idText.optional(),
    kind: z.enum(IMPORT_KINDS).optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(100),
  }),
  'imports-undo': z.object({ importId: z.number().int().positive() }),
  'imports-annotated': z.object(importSource),
  'exports-create': z.object({
    what: z.enum(['workers', 'employers']),
    npp: idText.optional(),
    status: z.enum(['aktif', 'nonaktif']).optional(),
    branchCode: text(10).optional(),
    regencyCode: text(8).optional(),
  }),
} as const;
