import { cellText, parseDateValue, parseGenderValue } from '../../shared/import/values';
import { nikBirthDateMismatch } from '../../shared/validate/nik';
import { checkRowNik } from './check-row-nik';
import type { RowContext } from './row-context';

export interface CheckedPerson {
  nik: string;
  name: string;
  birthDate: string;
  gender: 'L' | 'P';
  /** The regency the NIK was issued in ("64.09"). */
  regencyCode: string;
}

/**
 * The person on a row of an outside list of people (a funder's list, a contractor's project roster): the NIK
 * checks of the roster, the same person twice, a missing name, a birth date against the NIK. Null when the row
 * cannot name a person; the caller adds its own columns.
 */
export function checkPersonRow(ctx: RowContext, env: { today: Date; seen: Map<string, number> }): CheckedPerson | null {
  const { nik, info } = checkRowNik(ctx, env.today, env.seen);
  const name = cellText(ctx.get('name'));
  if (!name) ctx.add('NAME_MISSING', 'error', 'name');

  let birthDate = info?.birthDate ?? null;
  const rawBirth = ctx.get('birthDate');
  if (rawBirth !== null) {
    const parsed = parseDateValue(rawBirth, env.today);
    if (!parsed) ctx.add('BIRTHDATE_INVALID', 'error', 'birthDate', { value: cellText(rawBirth).slice(0, 30) });
    else {
      birthDate = parsed;
      const mismatch = nik ? nikBirthDateMismatch(nik, parsed, info) : null;
      if (mismatch) ctx.add(mismatch.code, mismatch.severity, 'birthDate', mismatch.params);
    }
  }
  const rawGender = ctx.get('gender');
  const gender = (rawGender !== null ? parseGenderValue(rawGender) : null) ?? info?.gender ?? null;

  if (ctx.rejected || !nik || !info || !birthDate || !gender) return null;
  return { nik, name, birthDate, gender, regencyCode: `${nik.slice(0, 2)}.${nik.slice(2, 4)}` };
}
