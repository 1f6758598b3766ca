import { describe, expect, it } from 'vitest';
import {
  formatDateId,
  formatDateShort,
  formatNumberId,
  formatPercentId,
  formatPeriod,
  formatRupiah,
} from '../../shared/format/id-format';

describe('id-format', () => {
  it('formats rupiah', () => {
    expect(formatRupiah(3_500_000)).toBe('Rp 3.500.000');
    expect(formatRupiah(3_579_313.77)).toBe('Rp 3.579.313,77');
    expect(formatRupiah(0)).toBe('Rp 0');
    expect(formatRupiah(-12_000)).toBe('-Rp 12.000');
    expect(formatRupiah(3_500_000, 'en')).toBe('Rp 3,500,000');
    expect(formatRupiah(3_579_313.5, 'en')).toBe('Rp 3,579,313.50');
  });

  it('formats numbers', () => {
    expect(formatNumberId(1_290_307)).toBe('1.290.307');
    expect(formatNumberId(1_290_307, 'en')).toBe('1,290,307');
    expect(formatNumberId(2.5)).toBe('2,5');
  });

  it('formats percentages', () => {
    expect(formatPercentId(0.5895)).toBe('58,95 %');
    expect(formatPercentId(0.5895, 'en')).toBe('58.95%');
    expect(formatPercentId(0.41, 'id', 0)).toBe('41 %');
  });

  it('formats dates', () => {
    expect(formatDateId('1985-08-17')).toBe('17 Agustus 1985');
    expect(formatDateId('2025-03-01', 'en')).toBe('1 March 2025');
    expect(formatDateShort('1985-08-17')).toBe('17-08-1985');
    expect(formatDateShort('1985-08-17', 'en')).toBe('17/08/1985');
    expect(formatDateId('kemarin')).toBe('kemarin');
    expect(formatPeriod('2026-03')).toBe('Maret 2026');
    expect(formatPeriod('2026-03', 'en')).toBe('March 2026');
  });
});
