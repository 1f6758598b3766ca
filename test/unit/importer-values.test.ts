import { describe, expect, it } from 'vitest';
import { matchHeader, normaliseHeader } from '../../shared/import/header-match';
import { parseDateValue, parseGenderValue, parseMonthValue, parseWageValue, readIdentifier } from '../../shared/import/values';
import { neutraliseText } from '../../electron/exporter/neutralise';

const today = new Date('2026-03-15T00:00:00Z');

describe('importer value readers', () => {
  it('reads Indonesian dates, day first', () => {
    for (const text of ['17-08-1985', '17/08/1985', '17.08.1985', '1985-08-17', '17 Agustus 1985', '17 Agt 1985', '17-Agu-85', '17 Aug 1985', 'Balikpapan, 17-08-1985'.split(', ')[1]!]) {
      expect(parseDateValue(text, today), text).toBe('1985-08-17');
    }
    expect(parseDateValue('05/01/2026', today)).toBe('2026-01-05');
    expect(parseDateValue('31-02-1985', today)).toBeNull();
    expect(parseDateValue('kemarin', today)).toBeNull();
    expect(parseDateValue(31276, today)).toBe('1985-08-17'); // Excel serial
    expect(parseDateValue(new Date(1985, 7, 17), today)).toBe('1985-08-17');
  });

  it('reads months as the first day of the month, with the same day-first rules and month names', () => {
    for (const text of ['03-2026', '3/2026', '03.2026', '2026-03', '2026/3', 'Maret 2026', 'maret 2026', 'Mar 2026', 'Mar-26', ' March 2026 ']) {
      expect(parseMonthValue(text, today), text).toBe('2026-03');
    }
    expect(parseMonthValue('Agt 1985', today)).toBe('1985-08');
    expect(parseMonthValue('13-2026', today)).toBeNull();
    expect(parseMonthValue('15-03-2026', today)).toBeNull(); // a whole date is not a month
    expect(parseMonthValue('2026', today)).toBeNull();
    expect(parseMonthValue('Maretan 2026', today)).toBeNull();
    expect(parseMonthValue('', today)).toBeNull();
  });

  it('reads wages from numbers and Indonesian text', () => {
    for (const text of ['Rp 3.500.000', '3.500.000,00', 'Rp. 3.500.000,-', '3500000', 'IDR 3,500,000.00', 'Rp3.500.000']) {
      expect(parseWageValue(text), text).toBe(3_500_000);
    }
    expect(parseWageValue(3_500_000)).toBe(3_500_000);
    expect(parseWageValue('tiga juta')).toBeNull();
    expect(parseWageValue(-5)).toBeNull();
  });

  it('reads gender words', () => {
    expect(['L', 'Laki-laki', 'laki laki', 'Pria', 'M'].map(parseGenderValue)).toEqual(['L', 'L', 'L', 'L', 'L']);
    expect(['P', 'Perempuan', 'Wanita', 'F'].map(parseGenderValue)).toEqual(['P', 'P', 'P', 'P']);
    expect(parseGenderValue('X')).toBeNull();
  });

  it('never reads an identifier as a number', () => {
    expect(readIdentifier('6471 0157 0885 0001')).toEqual({ ok: true, text: '6471015708850001' });
    expect(readIdentifier("'6471015708850001")).toEqual({ ok: true, text: '6471015708850001' });
    expect(readIdentifier(6471015708850001)).toMatchObject({ ok: false, reason: 'numeric' });
    expect(readIdentifier('6,47102E+15')).toMatchObject({ ok: false, reason: 'e-notation' });
    expect(readIdentifier('')).toBeNull();
  });

  it('matches headers by synonym, with noise words and small typos, but not short words by typo', () => {
    expect(normaliseHeader('No. KTP/NIK')).toBe('no ktp nik');
    const field = (h: string) => matchHeader(h, 'roster')?.field ?? null;
    expect(['NIK', 'No. KTP', 'No KTP/NIK', 'Nomor Induk Kependudukan'].map(field)).toEqual(['nik', 'nik', 'nik', 'nik']);
    expect(['Nama', 'Nama Lengkap', 'Nama Tenaga Kerja'].map(field)).toEqual(['name', 'name', 'name']);
    expect(['Tgl. Lahir', 'Tanggal Lahir', 'Tangal Lahir'].map(field)).toEqual(['birthDate', 'birthDate', 'birthDate']);
    expect(['JK', 'L/P', 'Jenis Kelamin', 'Jenis Kelamn'].map(field)).toEqual(['gender', 'gender', 'gender', 'gender']);
    expect(['Upah', 'Gaji', 'Gaji Pokok (Rp)', 'Upah (Rp)'].map(field)).toEqual(['wage', 'wage', 'wage', 'wage']);
    expect(['TMT', 'TMT Kerja', 'Tanggal Mulai Kerja', 'KPJ', 'Jabatan', 'No.'].map(field)).toEqual(['startDate', 'startDate', 'startDate', 'kpj', 'position', 'rowNumber']);
    expect(field('JKK')).toBeNull();
    expect(field('Keterangan')).toBeNull();
    expect(matchHeader('Identitas', 'roster', { identitas: 'nik' })).toMatchObject({ field: 'nik', how: 'remembered' });
  });

  it('neutralises formula-like text', () => {
    expect(['=1+1', '+62', '-x', '@SUM(A1)', '\tx', '\rx', 'Siti'].map(neutraliseText)).toEqual(["'=1+1", "'+62", "'-x", "'@SUM(A1)", "'\tx", "'\rx", 'Siti']);
  });
});
