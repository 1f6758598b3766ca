import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { isCalendarDate, isCalendarMonth } from '../../shared/domain/calendar';
import { isoDate, rupiah, text } from '../../shared/api/fields';
import { schemas } from '../../shared/api/schemas';
import { cleanMultiline, cleanText } from '../../shared/text/clean-text';

describe('one strict date type', () => {
  it('accepts real days in 1900-01-02…2100-12-31 and nothing else', () => {
    for (const d of ['1985-08-17', '2024-02-29', '1900-01-02', '2100-12-31', '2026-12-31']) expect(isCalendarDate(d), d).toBe(true);
    for (const d of ['2026-02-30', '2026-99-99', '2025-02-29', '1900-01-01', '1899-12-31', '2101-01-01', '2026-04-31', '2026-00-10', '2026-1-5', '2026-01-05T00:00', ' 2026-01-05'])
      expect(isCalendarDate(d), d).toBe(false);
  });
  it('months are YYYY-MM with a real month', () => {
    expect(isCalendarMonth('2026-03')).toBe(true);
    for (const m of ['2026-13', '2026-00', '1899-12', '2101-01', '2026-3']) expect(isCalendarMonth(m), m).toBe(false);
  });
  it('wages are whole rupiah ≥ 0', () => {
    expect(rupiah.safeParse(4_500_000).success).toBe(true);
    expect(rupiah.safeParse(0.5).success).toBe(false);
    expect(rupiah.safeParse(-1).success).toBe(false);
    expect(isoDate.safeParse('2026-02-30').success).toBe(false);
  });
});

describe('text normalised at the boundary', () => {
  it('NFC, no C0/C1 controls, no bidi overrides or isolates; one line unless multiline', () => {
    expect(cleanText('Sit\u0000i\u202E Rahma\u0085wati\u2066\u2069')).toBe('Siti Rahmawati');
    expect(cleanText('Jose\u0301')).toBe('Jos\u00e9');
    expect(cleanText('baris\r\nkedua\tx')).toBe('baris  kedua x');
    expect(cleanMultiline('baris\r\nkedua\u200E\u202D')).toBe('baris\nkedua\u200E');
    expect(text(20).parse('  \u202Egnp.exe\u0007 ')).toBe('gnp.exe');
    // A NUL cannot hide a too-long value, and an all-control value is empty.
    expect(text(3).safeParse('\u0000\u0000abc').success).toBe(true);
  });

  // Every string any handler accepts goes through the cleaning helper (or is a strict date/month), so a new
  // field cannot forget it. The password is the one exception: it is hashed as typed, never shown.
  it('every string field of every API schema is cleaned or a strict date', () => {
    const exempt = new Set(['auth-setup.password', 'auth-signin.password', 'staff-save.password', 'uploads-put.dataBase64']);
    const cleaners = new Set<unknown>([cleanText, cleanMultiline]);
    const strict = new Set<unknown>([isCalendarDate, isCalendarMonth]);
    type Def = { type: string; checks?: { _zod: { def: { check: string; tx?: unknown; fn?: unknown } } }[]; [k: string]: unknown };
    const raw: string[] = [];
    let seen = 0;
    const visit = (schema: z.ZodType, path: string): void => {
      const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
      const inner = (s: unknown, p = path) => visit(s as z.ZodType, p);
      switch (def.type) {
        case 'string': {
          const checks = (def.checks ?? []).map((c) => c._zod.def);
          const ok = checks.some((c) => (c.check === 'overwrite' && cleaners.has(c.tx)) || (c.check === 'custom' && strict.has(c.fn)));
          seen++;
          if (!ok && !exempt.has(path)) raw.push(path);
          return;
        }
        case 'object':
          for (const [k, v] of Object.entries(def.shape as Record<string, unknown>)) inner(v, `${path}.${k}`);
          return;
        case 'optional':
        case 'nullable':
        case 'default':
        case 'prefault':
          return inner(def.innerType);
        case 'array':
          return inner(def.element, `${path}[]`);
        case 'record':
          inner(def.keyType, `${path}{key}`);
          return inner(def.valueType, `${path}{}`);
        case 'union':
          return (def.options as unknown[]).forEach((o) => inner(o));
        case 'pipe':
          inner(def.in);
          return inner(def.out);
        default:
          return;
      }
    };
    for (const [name, schema] of Object.entries(schemas)) visit(schema as z.ZodType, name);
    expect(seen).toBeGreaterThan(60);
    expect(raw).toEqual([]);
  });
});
