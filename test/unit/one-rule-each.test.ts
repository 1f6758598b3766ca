import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '../../electron/importer/limits';
import { schemas } from '../../shared/api/schemas';
import { deviceLocalDate, isoDateText, isoMonthText } from '../../shared/format/iso-date';
import { parseWageValue } from '../../shared/import/values';
import { MAX_UPLOAD_BYTES } from '../../shared/import/upload-limit';
import { parseRupiahInput } from '../../renderer/src/lib/rupiah-input';
import { MAX_UPLOAD_BYTES as SCREEN_LIMIT } from '../../renderer/src/features/imports/files';

// Issue 15 item 13: what used to be written twice (and drifted) is written once.
describe('one rule each', () => {
  it('the desk wage field reads Rupiah text exactly as the importer does (whole rupiah)', () => {
    const inputs = ['Rp 3.500.000', 'Rp. 4.000.000,-', 'IDR 3.500.000', '3.500.000,00', '3500000', '3,500,000.00', 'Rp 4.200.000,00'];
    for (const text of inputs) {
      expect(parseRupiahInput(text), text).not.toBeNull();
      expect(parseRupiahInput(text), text).toBe(parseWageValue(text));
    }
    expect(parseRupiahInput('Rp. 4.000.000,-')).toBe(4_000_000);
    // Both refuse what is not an amount; only the desk refuses sen (the API takes whole rupiah).
    for (const text of ['', 'banyak', '3.50.000', '1.2.3']) expect([parseRupiahInput(text), parseWageValue(text)], text).toEqual([null, null]);
    expect(parseRupiahInput('3.500.000,50')).toBeNull();
  });

  it('dates and months are built by one formatter', () => {
    expect(isoMonthText(2026, 3)).toBe('2026-03');
    expect(isoDateText(1985, 8, 7)).toBe('1985-08-07');
    expect(deviceLocalDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
    const sources = ['electron', 'shared', 'renderer/src'].flatMap((dir) => filesUnder(path.resolve(dir)));
    const copies = sources.filter((f) => !f.endsWith('iso-date.ts') && /padStart\(2, '0'\)/.test(fs.readFileSync(f, 'utf8')));
    expect(copies).toEqual([]);
  });

  it('the 25 MB upload limit is one figure for the backend, the API schema and the screens', () => {
    expect(IMPORT_LIMITS.maxFileBytes).toBe(MAX_UPLOAD_BYTES);
    expect(SCREEN_LIMIT).toBe(MAX_UPLOAD_BYTES);
    const base64Of = (bytes: number) => 'A'.repeat(Math.ceil(bytes / 3) * 4);
    expect(schemas['uploads-put'].safeParse({ fileName: 'a.xlsx', dataBase64: base64Of(MAX_UPLOAD_BYTES) }).success).toBe(true);
    expect(schemas['uploads-put'].safeParse({ fileName: 'a.xlsx', dataBase64: base64Of(MAX_UPLOAD_BYTES + 2048) }).success).toBe(false);
  });
});

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : filesUnder(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}
