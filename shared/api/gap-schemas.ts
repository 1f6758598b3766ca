import { z } from 'zod';
import { idText, isoDate, multilineText, period, requiredText, rupiah, text } from './fields';
import { BUSINESS_SCALES } from '../domain/reference';
import { FOLLOWUP_STATUSES, GAP_CODES, PROSPECT_SOURCES } from '../gaps/gap-types';

const gapKey = text(40).regex(/^(PDS_TK|PDS_UPAH|PDS_PROGRAM):\d{1,20}$|^PWBD:P\d{1,12}$/, 'CODE:NPP atau PWBD:P<id>');

const workforceRow = z.object({
  areaCode: text(8),
  year: z.number().int().min(2000).max(2100),
  employed: z.number().int().min(0).max(100_000_000),
  source: requiredText(300),
  confirmed: z.boolean().default(false),
});

export const prospectRowSchema = z.object({
  name: requiredText(200),
  nib: idText.nullable().default(null),
  npwp: idText.nullable().default(null),
  /** A regency code ("64.71", "6471") or name ("Kota Balikpapan"). */
  regency: requiredText(80),
  workers: z.number().int().min(0).max(1_000_000).nullable().default(null),
  address: text(500).default(''),
  row: z.number().int().min(1).optional(),
});

export const payrollRowSchema = z.object({
  nik: idText,
  name: text(200).default(''),
  wage: rupiah,
  row: z.number().int().min(1).optional(),
});

/** The gap feature's handlers; spread into `schemas` in schemas.ts. */
export const gapSchemas = {
  'gaps-list': z.object({
    period: period.optional(),
    /** Branch code ("BPN") or name ("Balikpapan"). */
    branch: text(60).optional(),
    regencyCode: text(8).optional(),
    kind: z.enum(GAP_CODES).optional(),
    scale: z.enum(BUSINESS_SCALES).optional(),
    sort: z.enum(['shortfall', 'name']).default('shortfall'),
    /** A company name or NPP (issue 11 §3): filters the whole list, not one page. */
    q: text(100).optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(100),
  }),
  'gaps-employer': z.object({ npp: idText, period: period.optional() }),
  'gaps-followup-add': z.object({
    gapKey,
    status: z.enum(FOLLOWUP_STATUSES),
    note: multilineText(2000).default(''),
    /** Defaults to the signed-in user; the CLI and tests name one. */
    author: requiredText(100).optional(),
    notedOn: isoDate.optional(),
    /** Required for denda and TMP2T: who took the decision. */
    decidedBy: requiredText(120).optional(),
  }),
  'gaps-followups': z.object({ gapKey: gapKey.optional(), npp: idText.optional() }),
  'prospects-import': z.object({
    source: z.enum(PROSPECT_SOURCES),
    fileName: text(260).default(''),
    rows: z.array(prospectRowSchema).max(200_000),
  }),
  // `author` is accepted for older callers and ignored: who linked is the signed-in user (the audit trail's actor).
  'prospects-link': z.object({ prospectId: z.number().int().positive(), npp: idText, author: requiredText(100).optional() }),
  'payroll-import': z.object({
    npp: idText,
    period,
    fileName: text(260).default(''),
    rows: z.array(payrollRowSchema).max(200_000),
  }),
  'coverage-get': z.object({ period: period.optional() }).default({}),
  'workforce-save': workforceRow,
  // A whole table (BPS figures by province/regency), saved all or nothing.
  'workforce-import': z.object({
    fileName: text(200),
    /** areaCode may also name the area ("Kalimantan Timur", "Kota Balikpapan"): resolved as a file's would be. */
    rows: z.array(workforceRow.extend({ areaCode: requiredText(80), row: z.number().int().min(1) })).min(1).max(1_000),
  }),
} as const;
