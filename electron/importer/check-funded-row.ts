import type { CheckedFundedRow } from './parse-types';
import { cellText, parseDateValue, parseGenderValue } from '../../shared/import/values';
import { nikBirthDateMismatch } from '../../shared/validate/nik';
import { checkRowNik } from './check-row-nik';
import type { RowContext } from './row-context';

/**
 * One row of a funder's list of vulnerable workers (issue 10 §2): the NIK checks of the roster, the same
 * person twice, a missing name. Whether another funder already pays for the person is the host's check.
 */
export function checkFundedRow(ctx: RowContext, env: { today: Date; seen: Map<string, number> }): CheckedFundedRow | null {
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
  return {
    row: ctx.row,
    nik,
    name,
    birthDate,
    gender,
    regencyCode: `${nik.slice(0, 2)}.${nik.slice(2, 4)}`,
    occupation: cellText(ctx.get('occupation')).slice(0, 100),
    village: cellText(ctx.get('village')).slice(0, 100),
    phone: cellText(ctx.get('phone')).slice(0, 20) || null,
  };
}
