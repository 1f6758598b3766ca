import { describe, expect, it } from 'vitest';
import { explainWithNotes } from '../../shared/gaps/gap-rules';

/** Issue 11 §4: what a person reads of a finding is formatted for their locale. */
describe('gap explanations for the reader', () => {
  const tk = { known: 1250, source: 'LAPORAN_PERUSAHAAN', date: '2026-11-29', active: 1000, missing: 250 };

  it('names the headcount source and writes the date out, in Indonesian', () => {
    const text = explainWithNotes('GAP_PDS_TK', tk, [], 'id');
    expect(text).toContain('1.250 orang (sumber laporan perusahaan saat pendaftaran, 29 November 2026)');
    expect(text).not.toContain('LAPORAN_PERUSAHAAN');
    expect(text).not.toContain('2026-11-29');
  });

  it('uses English grouping and names in English', () => {
    const text = explainWithNotes('GAP_PDS_TK', tk, [], 'en');
    expect(text).toContain("1,250 (source the employer's statement at registration, 29 November 2026)");
    const upah = explainWithNotes(
      'GAP_PDS_UPAH',
      { affected: 3, active: 1200, belowMinimum: 2, minimum: 'UMK 2026 (Rp 3.500.000)', belowPayroll: 1, wageShortfall: 1234567 },
      [],
      'en',
    );
    expect(upah).toContain('of 1,200 active');
    expect(upah).toContain('UMK 2026 (Rp 3,500,000)');
    expect(upah).toContain('Rp 1,234,567 a month');
    expect(explainWithNotes('GAP_PDS_UPAH', { affected: 3, active: 1200, belowMinimum: 2, minimum: '-', belowPayroll: 1, wageShortfall: 1234567 }, [], 'id')).toContain('Rp 1.234.567 per bulan');
  });
});

describe('business scale in English gap texts', () => {
  it('names the scale in English instead of the stored Indonesian word', () => {
    const params = { scale: 'menengah', required: 'JKK, JKM, JHT, JP', missing: 'JP', atPensionAge: 1200, pensionAge: 59 };
    const en = explainWithNotes('GAP_PDS_PROGRAM', params, [], 'en');
    expect(en).toContain('A medium-sized business must join');
    expect(en).toContain('1,200 workers');
    expect(en).not.toContain('menengah');
    expect(explainWithNotes('GAP_PDS_PROGRAM', params, [], 'id')).toContain('Usaha skala menengah');
  });
});

describe('dates inside messages', () => {
  it('writes an ISO date parameter out for the reader ("sejak 29 November 2026")', async () => {
    const { formatMessage } = await import('../../shared/i18n/messages');
    expect(formatMessage('ALREADY_ENROLLED', { startDate: '2026-11-29' }, 'id')).toContain('sejak 29 November 2026');
    expect(formatMessage('ALREADY_ENROLLED', { startDate: '2026-11-29' }, 'en')).toContain('29 November 2026');
  });
});
