import type { EmployerDetail } from '../../../../shared/api/contract';
import type { MinimumWage } from '../../../../shared/domain/reference';
import { formatDateShort, formatRupiah } from '../../../../shared/format/id-format';
import type { Locale } from '../../../../shared/i18n/message-types';
import { lateRegistrationIssue } from '../../../../shared/rules/late-registration';
import { minimumWageFor } from '../../../../shared/rules/minimum-wage';
import { workingAgeIssue } from '../../../../shared/rules/working-age';
import type { ValidationIssue } from '../../../../shared/validate/issue';
import { validateKpj } from '../../../../shared/validate/kpj';
import { nikBirthDateMismatch, nikGenderMismatch, normaliseNik, validateNik } from '../../../../shared/validate/nik';
import { parseRupiahInput } from '../../lib/rupiah-input';
import type { EnrolField, EnrolFormValues } from './enrol-form-values';

export type EnrolIssues = Partial<Record<EnrolField, ValidationIssue[]>>;

interface Context {
  employer: EmployerDetail;
  minimumWages: readonly MinimumWage[] | null;
  locale: Locale;
  today: string;
  /** Date fields whose text is not a date (the field keeps the text; the value is ''). */
  unreadable?: Partial<Record<'birthDate' | 'startDate', boolean>>;
}

const required = (field: EnrolField): ValidationIssue => ({ code: 'FIELD_REQUIRED', severity: 'error', field });
const unreadableDate = (field: EnrolField): ValidationIssue => ({ code: 'DATE_INVALID', severity: 'error', field });

/** Live checks as the clerk types, with the shared validators; the backend repeats the blocking ones. */
export function validateEnrolForm(v: EnrolFormValues, ctx: Context): EnrolIssues {
  const issues: EnrolIssues = {};
  const nik = normaliseNik(v.nik);
  const nikIssues = nik ? validateNik(nik) : [required('nik')];
  issues.nik = nikIssues;
  const nikOk = nik !== '' && !nikIssues.some((i) => i.severity === 'error');

  if (!v.name.trim()) issues.name = [required('name')];

  if (ctx.unreadable?.birthDate) issues.birthDate = [unreadableDate('birthDate')];
  else if (!v.birthDate) issues.birthDate = [required('birthDate')];
  else if (v.birthDate > ctx.today) {
    issues.birthDate = [{ code: 'DATE_IN_FUTURE', severity: 'error', field: 'birthDate', params: { date: formatDateShort(v.birthDate, ctx.locale) } }];
  } else {
    // Both are warnings: a NIK is not reissued when a birth date is corrected; a child may work only under UU 13/2003 Ps.69–71.
    const mismatch = nikOk ? nikBirthDateMismatch(nik, v.birthDate) : null;
    const age = /^\d{4}-\d{2}-\d{2}$/.test(v.startDate) ? workingAgeIssue(v.birthDate, v.startDate) : null;
    const found = [mismatch, age].filter((i): i is ValidationIssue => i !== null);
    if (found.length) issues.birthDate = found;
  }

  if (!v.gender) issues.gender = [required('gender')];
  else if (nikOk) {
    const mismatch = nikGenderMismatch(nik, v.gender);
    if (mismatch) issues.gender = [mismatch];
  }

  if (v.kpj.trim()) issues.kpj = validateKpj(v.kpj);

  const wage = parseRupiahInput(v.wage);
  if (!v.wage.trim()) issues.wage = [required('wage')];
  else if (wage === null) issues.wage = [{ code: 'WAGE_INVALID', severity: 'error', field: 'wage' }];
  else if (ctx.minimumWages && /^\d{4}-\d{2}/.test(v.startDate) && v.segment !== 'BPU') {
    const minimum = minimumWageFor(ctx.employer.regencyCode, v.startDate.slice(0, 7), ctx.minimumWages);
    if (!minimum) {
      issues.wage = [
        { code: 'MIN_WAGE_UNKNOWN', severity: 'warning', field: 'wage', params: { year: v.startDate.slice(0, 4), region: ctx.employer.regencyName } },
      ];
    } else if (wage < minimum.amount) {
      issues.wage = [
        {
          code: 'WAGE_BELOW_MINIMUM',
          severity: 'warning',
          field: 'wage',
          params: {
            wage: formatRupiah(wage, ctx.locale),
            kind: minimum.kind,
            region: ctx.employer.regencyName,
            year: minimum.year,
            minimum: formatRupiah(minimum.amount, ctx.locale),
          },
        },
      ];
    }
  }

  if (ctx.unreadable?.startDate) issues.startDate = [unreadableDate('startDate')];
  else if (!v.startDate) issues.startDate = [required('startDate')];
  else if (v.birthDate && v.startDate < v.birthDate) {
    issues.startDate = [{ code: 'START_DATE_INVALID', severity: 'error', field: 'startDate', params: { date: formatDateShort(v.startDate, ctx.locale) } }];
  } else {
    const late = lateRegistrationIssue(v.startDate, ctx.today);
    if (late) issues.startDate = [late];
  }

  if (v.programs.length === 0) issues.programs = [{ code: 'PROGRAMS_EMPTY', severity: 'error', field: 'programs' }];
  return issues;
}
