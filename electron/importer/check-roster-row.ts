import type { CheckedRosterRow } from './parse-types';
import { parseDateValue, parseGenderValue, parseWageValue, readIdentifier, cellText } from '../../shared/import/values';
import { normaliseKpj, validateKpj } from '../../shared/validate/kpj';
import { nikBirthDateMismatch, nikGenderMismatch } from '../../shared/validate/nik';
import { checkRowNik } from './check-row-nik';
import { workingAgeIssue } from '../../shared/rules/working-age';
import { rupiah, type RowContext } from './row-context';

export interface RosterCheckContext {
  today: Date;
  /** First day of the period being imported ("YYYY-MM-01"): default start date and the age reference. */
  periodStart: string;
  minimumWage: { amount: number; kind: string; region: string; year: number } | null;
  /** NIK → first row it appeared on. */
  seen: Map<string, number>;
}

/** Checks one roster row (issue 3 §4). Errors reject the row; warnings keep it, flagged. */
export function checkRosterRow(ctx: RowContext, env: RosterCheckContext): CheckedRosterRow | null {
  const { today } = env;
  const { nik, info } = checkRowNik(ctx, today, env.seen);

  const name = cellText(ctx.get('name'));
  if (!name) ctx.add('NAME_MISSING', 'error', 'name');

  let birthDate: string | null = null;
  const rawBirth = ctx.get('birthDate');
  if (rawBirth !== null) {
    birthDate = parseDateValue(rawBirth, today);
    if (!birthDate) ctx.add('BIRTHDATE_INVALID', 'error', 'birthDate', { value: cellText(rawBirth).slice(0, 30) });
    else if (nik) {
      const mismatch = nikBirthDateMismatch(nik, birthDate, info);
      if (mismatch) ctx.add(mismatch.code, mismatch.severity, 'birthDate', mismatch.params);
    }
  } else if (info) birthDate = info.birthDate; // no birth-date column or cell: the NIK carries it

  let gender = info?.gender ?? null;
  const rawGender = ctx.get('gender');
  if (rawGender !== null) {
    const parsed = parseGenderValue(rawGender);
    if (!parsed) ctx.add('GENDER_INVALID', info ? 'warning' : 'error', 'gender', { value: cellText(rawGender).slice(0, 20) });
    else {
      gender = parsed;
      if (nik) {
        const mismatch = nikGenderMismatch(nik, parsed, info);
        if (mismatch) ctx.add(mismatch.code, mismatch.severity, 'gender', mismatch.params);
      }
    }
  }

  const rawWage = ctx.get('wage');
  const wage = parseWageValue(rawWage);
  if (wage === null) ctx.add('WAGE_INVALID', 'error', 'wage', { value: cellText(rawWage).slice(0, 30) });
  else if (env.minimumWage && wage < env.minimumWage.amount) {
    const mw = env.minimumWage;
    ctx.add('WAGE_BELOW_MINIMUM', 'warning', 'wage', {
      wage: rupiah(wage),
      kind: mw.kind,
      region: mw.region,
      year: mw.year,
      minimum: rupiah(mw.amount),
    });
  }

  let startDate = env.periodStart;
  const rawStart = ctx.get('startDate');
  if (rawStart !== null) {
    const parsed = parseDateValue(rawStart, today);
    if (!parsed || (birthDate && parsed < birthDate)) ctx.add('START_DATE_INVALID', 'error', 'startDate', { date: cellText(rawStart).slice(0, 30) });
    else startDate = parsed;
  }
  let endDate: string | null = null;
  const rawEnd = ctx.get('endDate');
  if (rawEnd !== null) {
    endDate = parseDateValue(rawEnd, today);
    if (!endDate || endDate < startDate) {
      ctx.add('END_DATE_INVALID', 'error', 'endDate', { date: cellText(rawEnd).slice(0, 30), startDate });
      endDate = null;
    }
  }

  let kpj: string | null = null;
  const rawKpj = ctx.get('kpj');
  if (rawKpj !== null) {
    const read = readIdentifier(rawKpj);
    if (read) {
      kpj = normaliseKpj(read.text);
      for (const i of validateKpj(kpj)) ctx.add(i.code, i.severity, 'kpj', i.params);
      if (!read.ok) ctx.add('ID_NUMERIC_CELL', 'warning', 'kpj', { label: 'KPJ' });
    }
  }

  if (birthDate) {
    const age = workingAgeIssue(birthDate, env.periodStart);
    if (age) ctx.add(age.code, age.severity, 'birthDate', age.params);
  }

  if (ctx.rejected || !nik || !birthDate || !gender || wage === null) return null;
  return { row: ctx.row, nik, name, birthDate, gender, wage, startDate, endDate, kpj, warnings: ctx.issues.length };
}
