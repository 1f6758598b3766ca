import { describe, expect, it } from 'vitest';
import { formatDateText, formatMonthText, readDateText, readMonthText } from '../../renderer/src/components/date-text';

const today = new Date('2026-11-22T00:00:00Z');

describe('dates typed at the desk', () => {
  it('reads day-first dates in the ways clerks type and paste them', () => {
    for (const text of ['17-08-1985', '17/08/1985', '17.08.1985', '17-8-1985', '1985-08-17', '17 Agustus 1985', '17 agustus 1985', '17 Agt 1985', '17-Agu-85', ' 17 Agustus 1985 ', '17\u00a0Agustus\u00a01985']) {
      expect(readDateText(text, {}, today), JSON.stringify(text)).toEqual({ value: '1985-08-17', state: 'valid' });
    }
  });

  it('reads 05/01/2026 as 5 January, never as May 1', () => {
    expect(readDateText('05/01/2026', {}, today).value).toBe('2026-01-05');
    expect(readDateText('5 Jan 2026', {}, today).value).toBe('2026-01-05');
  });

  it('keeps text that is not a date apart from an empty field', () => {
    expect(readDateText('', {}, today)).toEqual({ value: '', state: 'empty' });
    expect(readDateText('   ', {}, today)).toEqual({ value: '', state: 'empty' });
    for (const text of ['31-02-1985', '17-13-1985', '17 Agustusan 1985', 'kemarin', '17-08-198', '17-08']) {
      expect(readDateText(text, {}, today), text).toEqual({ value: '', state: 'invalid' });
    }
  });

  it('does not read bare digits as Excel serial days, as the importer does', () => {
    for (const text of ['31276', '1708', '17081985']) expect(readDateText(text, {}, today).state, text).toBe('invalid');
  });

  it('reports a date outside min/max with its value, for the form to refuse with a reason', () => {
    const bounds = { min: '2026-01-01', max: '2026-11-22' };
    expect(readDateText('22-11-2026', bounds, today)).toEqual({ value: '2026-11-22', state: 'valid' });
    expect(readDateText('01-01-2026', bounds, today)).toEqual({ value: '2026-01-01', state: 'valid' });
    expect(readDateText('23-11-2026', bounds, today)).toEqual({ value: '2026-11-23', state: 'out-of-range' });
    expect(readDateText('31-12-2025', bounds, today)).toEqual({ value: '2025-12-31', state: 'out-of-range' });
    expect(readDateText('31-12-2025', { min: '', max: '' }, today).state).toBe('valid');
  });

  it('shows ISO days as DD-MM-YYYY and leaves anything else as it is', () => {
    expect(formatDateText('1985-08-17')).toBe('17-08-1985');
    expect(formatDateText('2026-01-05')).toBe('05-01-2026');
    expect(formatDateText('')).toBe('');
    expect(formatDateText('17-08-1985')).toBe('17-08-1985');
  });

  it('reads back what it shows', () => {
    for (const iso of ['1985-08-17', '2026-01-05', '2000-02-29', '1999-12-31']) {
      expect(readDateText(formatDateText(iso), {}, today).value).toBe(iso);
    }
  });
});

describe('months typed at the desk', () => {
  it('reads MM-YYYY, month names and ISO months', () => {
    for (const text of ['03-2026', '3/2026', '03.2026', '2026-03', 'Maret 2026', 'Mar 2026', 'mar-26']) {
      expect(readMonthText(text, {}, today), text).toEqual({ value: '2026-03', state: 'valid' });
    }
    expect(readMonthText('', {}, today).state).toBe('empty');
    for (const text of ['13-2026', 'Mar', '032026', '15-03-2026']) expect(readMonthText(text, {}, today).state, text).toBe('invalid');
  });

  it('shows months as MM-YYYY and reads them back', () => {
    expect(formatMonthText('2026-03')).toBe('03-2026');
    expect(readMonthText(formatMonthText('2026-03'), {}, today).value).toBe('2026-03');
    expect(formatMonthText('')).toBe('');
  });
});
