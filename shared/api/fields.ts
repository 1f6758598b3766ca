import { z } from 'zod';
import { MAX_DATE, MIN_DATE, isCalendarDate, isCalendarMonth } from '../domain/calendar';
import { cleanMultiline, cleanText } from '../text/clean-text';

/**
 * The field types every schema in shared/api/ builds from. Text is cleaned before its checks run, so a NUL
 * or a right-to-left override never reaches the store, an export or a log.
 */
export const text = (max: number) => z.string().overwrite(cleanText).trim().max(max);
export const requiredText = (max: number) => text(max).min(1);
export const multilineText = (max: number) => z.string().overwrite(cleanMultiline).trim().max(max);

/** An identifier as typed (NIK, NPP, NPWP…); the handlers run the domain checks. */
export const idText = text(40);

export const isoDate = z
  .string()
  .refine(isCalendarDate, { message: `tanggal tidak valid (YYYY-MM-DD, hari yang ada, ${MIN_DATE}…${MAX_DATE}) / invalid date` });

export const period = z
  .string()
  .refine(isCalendarMonth, { message: `bulan tidak valid (YYYY-MM) / invalid month` });

/** Wages and amounts in whole rupiah: Indonesian payroll has no sen. */
export const rupiah = z.number().int('upah dalam rupiah bulat / whole rupiah').min(0).max(10_000_000_000);
