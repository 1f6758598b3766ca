import { z } from 'zod';
import { PROGRAM_CODES } from '../domain/reference';
import { END_REASONS } from '../domain/membership-history';
import { idText, isoDate, period, requiredText, rupiah, text } from './fields';

/** The membership lifecycle after enrolment (issue 11): wage changes, ends, moves, corrections, programs. */
export const membershipSchemas = {
  'memberships-wage': z.object({ membershipId: z.number().int().positive(), wage: rupiah, fromMonth: period }),
  'memberships-move': z.object({
    membershipId: z.number().int().positive(),
    toNpp: idText,
    date: isoDate,
    /** The wage at the new employer; the old one when absent. */
    wage: rupiah.optional(),
  }),
  'workers-correct': z.object({
    nik: idText,
    name: requiredText(200),
    birthDate: isoDate,
    gender: z.enum(['L', 'P']),
    reason: requiredText(300),
    documentNote: text(300).nullable().default(null),
  }),
  'employers-programs': z.object({ npp: idText, programs: z.array(z.enum(PROGRAM_CODES)).min(1).max(PROGRAM_CODES.length) }),
} as const;

export const endReasonSchema = z.enum(END_REASONS);
