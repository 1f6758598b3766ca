import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KALIMANTAN_REGIONS } from '../../shared/reference/regions';
import { decodeNik, validateNik } from '../../shared/validate/nik';

const today = new Date(2025, 5, 15);
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

const nikParts = fc.record({
  regencyCode: fc.constantFrom(...KALIMANTAN_REGIONS.map((r) => r.code)),
  district: fc.integer({ min: 1, max: 99 }),
  // Any birth date in the 100 years up to `today`, where the century choice is unambiguous.
  birth: fc.date({ min: new Date(Date.UTC(1925, 5, 16)), max: new Date(Date.UTC(2025, 5, 15)), noInvalidDate: true }),
  gender: fc.constantFrom<'L' | 'P'>('L', 'P'),
  serial: fc.integer({ min: 1, max: 9999 }),
});

describe('NIK property', () => {
  it('every well-formed NIK validates and decodes back to its parts', () => {
    fc.assert(
      fc.property(nikParts, (p) => {
        const day = p.birth.getUTCDate() + (p.gender === 'P' ? 40 : 0);
        const yy = p.birth.getUTCFullYear() % 100;
        const nik =
          p.regencyCode.replace('.', '') +
          pad(p.district) +
          pad(day) +
          pad(p.birth.getUTCMonth() + 1) +
          pad(yy) +
          pad(p.serial, 4);
        expect(validateNik(nik, { today })).toEqual([]);
        const info = decodeNik(nik, { today });
        expect(info).toMatchObject({
          nik,
          provinceCode: p.regencyCode.slice(0, 2),
          regencyCode: p.regencyCode,
          districtCode: `${p.regencyCode}.${pad(p.district)}`,
          birthDate: p.birth.toISOString().slice(0, 10),
          gender: p.gender,
          serial: pad(p.serial, 4),
        });
        expect(info?.region?.code).toBe(p.regencyCode);
      }),
      { numRuns: 500 },
    );
  });
});
