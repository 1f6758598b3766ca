import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { auditValue } from '../../renderer/src/features/admin/audit-values';
import { entryLabel } from '../../renderer/src/features/admin/audit-diff';

// The key stands for its translation; what is asserted is the formatting around it.
const t = ((key: string) => key) as unknown as TFunction;

describe('audit detail rows written the reader’s way (issue 11 §4)', () => {
  it('writes dates and months in words, Indonesian or English', () => {
    expect(auditValue('birth_date', '1985-08-17', 'id', t)).toBe('17 Agustus 1985');
    expect(auditValue('birth_date', '1985-08-17', 'en', t)).toBe('17 August 1985');
    expect(auditValue('start_date', '2026-11-29', 'id', t)).toBe('29 November 2026');
    expect(auditValue('from_month', '2026-03', 'id', t)).toMatch(/^Maret 2026$/);
    expect(auditValue('from_month', '2026-03', 'en', t)).toMatch(/^March 2026$/);
    expect(auditValue('locked_until', '2026-03-15T08:00:00Z', 'id', t)).not.toContain('T08');
  });

  it('writes wages with Rp and the locale’s separators, counts with separators, identifiers as they are', () => {
    expect(auditValue('wage', 3500000, 'id', t)).toBe('Rp 3.500.000');
    expect(auditValue('wage', 3500000, 'en', t)).toBe('Rp 3,500,000');
    expect(auditValue('previous', 3000000, 'id', t)).toBe('Rp 3.000.000'); // a wage change's earlier wage
    expect(auditValue('reported_headcount', 1250, 'id', t)).toBe('1.250');
    expect(auditValue('worker_id', 62754, 'id', t)).toBe('62754');
    expect(auditValue('npp', '12345678', 'id', t)).toBe('12345678');
  });

  it('lists programs with spaces, punctuates the NPWP and words stored codes', () => {
    expect(auditValue('programs', 'JHT,JKK,JKM,JP', 'id', t)).toBe('JHT, JKK, JKM, JP');
    expect(auditValue('npwp', '012345678721000', 'id', t)).toBe('01.234.567.8-721.000');
    expect(auditValue('gender', 'P', 'en', t)).toBe('gender.P');
    expect(auditValue('active', 1, 'id', t)).toBe('admin.audit.yes');
    expect(auditValue('end_date', null, 'id', t)).toBe('–');
  });

  it('names a membership by its employer instead of its row number', () => {
    const entry = { id: 1, at: '', actor: 'ani', action: 'update', entity: 'membership', entityId: '62754', before: { id: 62754, npp: '12345678', wage: 1 }, after: { id: 62754, npp: '12345678', wage: 2 }, detail: null };
    expect(entryLabel(entry)).toBe('NPP 12345678');
  });
});
