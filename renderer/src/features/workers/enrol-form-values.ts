import type { EmployerDetail } from '../../../../shared/api/contract';
import type { ProgramCode } from '../../../../shared/domain/reference';
import type { EnrolmentInput, Gender, Segment } from '../../../../shared/domain/worker';
import { normaliseNik } from '../../../../shared/validate/nik';
import { todayIso } from '../../lib/dates';
import { parseRupiahInput } from '../../lib/rupiah-input';

/** The enrolment form as typed. */
export interface EnrolFormValues {
  nik: string;
  name: string;
  birthDate: string;
  gender: Gender | '';
  kpj: string;
  phone: string;
  segment: Segment;
  wage: string;
  startDate: string;
  programs: ProgramCode[];
  /** Fields the app filled from the NIK or the known person; they follow a changed NIK until the clerk edits them. */
  autoFilled: { name?: boolean; birthDate?: boolean; gender?: boolean };
}

export type EnrolField = Exclude<keyof EnrolFormValues, 'autoFilled'>;

export function emptyEnrolForm(employer: Pick<EmployerDetail, 'programs'>): EnrolFormValues {
  return {
    nik: '',
    name: '',
    birthDate: '',
    gender: '',
    kpj: '',
    phone: '',
    segment: 'PU',
    wage: '',
    startDate: todayIso(),
    programs: [...employer.programs],
    autoFilled: {},
  };
}

export function formToEnrolment(v: EnrolFormValues, npp: string): EnrolmentInput {
  return {
    npp,
    worker: {
      nik: normaliseNik(v.nik),
      name: v.name.trim(),
      birthDate: v.birthDate,
      gender: v.gender === 'P' ? 'P' : 'L',
      kpj: v.kpj.trim() || null,
      phone: v.phone.trim() || null,
    },
    segment: v.segment,
    wage: parseRupiahInput(v.wage) ?? 0,
    startDate: v.startDate,
    programs: v.programs,
  };
}
