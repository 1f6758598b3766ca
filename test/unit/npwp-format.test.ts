import { describe, expect, it } from 'vitest';
import { formatNpwp } from '../../shared/format/npwp-format';

describe('NPWP written the way people read it (DOMAIN.md §1)', () => {
  it('punctuates the legacy 15 digits as XX.XXX.XXX.X-XXX.XXX, however they were stored', () => {
    expect(formatNpwp('012345678721000')).toBe('01.234.567.8-721.000');
    expect(formatNpwp('01.234.567.8-721.000')).toBe('01.234.567.8-721.000');
    expect(formatNpwp('01 234 567 8 721 000')).toBe('01.234.567.8-721.000');
  });

  it('keeps the 16-digit NPWP (PMK 112/2022) as its 16 digits', () => {
    expect(formatNpwp('0012345678721000')).toBe('0012345678721000');
    expect(formatNpwp('3171.0123.4567.8901')).toBe('3171012345678901');
  });

  it('shows a stored value that is not an NPWP as it is', () => {
    expect(formatNpwp('12345')).toBe('12345');
    expect(formatNpwp('')).toBe('');
  });
});
