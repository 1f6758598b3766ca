import { z } from 'zod';
import { TRANCHES } from '../segments/funded';
import { JAKON_OWNER_KINDS } from '../segments/segment-types';
import { idText, isoDate, period, requiredText, rupiah, text } from './fields';

const uploadId = text(32).regex(/^[a-f0-9]{32}$/, 'uploadId');
const id = z.number().int().positive();
const person = z.object({
  nik: idText,
  name: requiredText(200),
  birthDate: isoDate,
  gender: z.enum(['L', 'P']).optional(),
  phone: text(20).nullable().optional(),
});
const fundedSource = {
  uploadId,
  programmeId: id,
  sheet: text(100).optional(),
  headerRow: z.number().int().min(1).max(1000).optional(),
  mapping: z.record(text(3).regex(/^[A-Za-z]{1,3}$/), text(40).nullable()).optional(),
};
const jakonSource = {
  uploadId,
  projectId: id,
  sheet: text(100).optional(),
  headerRow: z.number().int().min(1).max(1000).optional(),
  mapping: z.record(text(3).regex(/^[A-Za-z]{1,3}$/), text(40).nullable()).optional(),
};
const bpuTerms = {
  income: rupiah,
  // Checked in the domain rule (BPU_PROGRAM_NOT_ALLOWED names the program) rather than refused as a shape.
  programs: z.array(text(5)).max(6),
  intervalMonths: z.number().int().default(1),
  startDate: isoDate,
};

export const segmentSchemas = {
  'bpu-quote': z.object(bpuTerms),
  'bpu-enrol': z.object({
    ...bpuTerms,
    worker: person,
    occupation: text(100).default(''),
    wadah: text(200).nullable().optional(),
    regencyCode: text(8).nullable().optional(),
  }),
  'programmes-list': z.object({ year: z.number().int().min(2000).max(2100).optional() }).default({}),
  'programmes-get': z.object({ id, asOf: period.optional() }),
  'programmes-save': z.object({
    funderCode: text(8),
    funderName: text(200).optional(),
    year: z.number().int().min(2000).max(2100),
    name: requiredText(200),
    tranche: z.enum(TRANCHES).default('murni'),
    monthFrom: text(7),
    monthTo: text(7),
    quota: z.number().int(),
    monthlyContribution: z.number().int().default(16_800),
  }),
  'funded-members': z.object({ programmeId: id, offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(200).default(100) }),
  'funded-import': z.object({ ...fundedSource, dryRun: z.boolean().default(false) }),
  'funded-annotated': z.object(fundedSource),
  'funded-undo': z.object({ importId: id }),
  'funded-export': z.object({ programmeId: id, what: z.enum(['list', 'bill']) }),
  'jakon-list': z.object({ npp: idText.optional() }).default({}),
  'jakon-save': z.object({
    name: requiredText(200),
    ownerKind: z.enum(JAKON_OWNER_KINDS).default('pemerintah'),
    ownerName: text(200).default(''),
    contractorNpp: idText,
    contractValue: rupiah,
    regencyCode: text(8),
    spkDate: isoDate,
    startDate: isoDate.optional(),
    endDate: isoDate.nullable().optional(),
  }),
  'jakon-get': z.object({ id, limit: z.number().int().min(1).max(200).default(100) }),
  'jakon-import': z.object({ ...jakonSource, dryRun: z.boolean().default(false) }),
  'jakon-annotated': z.object(jakonSource),
  'jakon-undo': z.object({ importId: id }),
  'jakon-worker-add': z.object({ projectId: id, worker: person, wage: rupiah.nullable().optional(), startDate: isoDate.optional() }),
} as const;
