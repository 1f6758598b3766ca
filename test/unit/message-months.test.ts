import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../shared/i18n/messages';

/** Issue 11: a month a person reads is "Maret 2026" / "March 2026", never the stored "2026-03". */
describe('months in messages', () => {
  it('names the month of a note by its name in the reader\'s language', () => {
    expect(formatMessage('INFO_HEADCOUNT_UNKNOWN', { period: '2026-03' }, 'id')).toContain('akhir periode Maret 2026 tidak tercatat');
    expect(formatMessage('INFO_HEADCOUNT_UNKNOWN', { period: '2026-03' }, 'en')).toContain('at the end of March 2026:');
    expect(formatMessage('IMPORT_NO_START_DATE', { period: '2026-12' }, 'en')).toContain('the 1st of December 2026');
  });

  it('leaves what was typed as typed when it is no month', () => {
    expect(formatMessage('PERIOD_INVALID', { period: '2026-13' }, 'id')).toBe('Periode 2026-13 tidak valid; gunakan YYYY-MM.');
  });
});
