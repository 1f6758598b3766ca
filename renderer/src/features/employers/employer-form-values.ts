import type { Employer, EmployerInput } from '../../../../shared/domain/employer';
import type { BusinessScale, ProgramCode, RiskGroup } from '../../../../shared/domain/reference';
import { mandatoryPrograms } from '../../../../shared/rules/mandatory-programs';
import { parseRupiahInput } from '../../lib/rupiah-input';

/** The employer form as typed: strings where the clerk types, parsed only when saving. */
export interface EmployerFormValues {
  npp: string;
  name: string;
  npwp: string;
  nib: string;
  regencyCode: string;
  address: string;
  scale: BusinessScale;
  riskGroup: string;
  programs: ProgramCode[];
  reportedHeadcount: string;
  /** Capital excluding land and buildings, and annual sales, as typed (PP 7/2021 Ps.35). */
  capital: string;
  annualSales: string;
  jkkRelief: boolean;
}

export type EmployerField = keyof EmployerFormValues;

export function emptyEmployerForm(): EmployerFormValues {
  return {
    npp: '',
    name: '',
    npwp: '',
    nib: '',
    regencyCode: '',
    address: '',
    scale: 'kecil',
    riskGroup: '1',
    programs: mandatoryPrograms('kecil'),
    reportedHeadcount: '',
    capital: '',
    annualSales: '',
    jkkRelief: false,
  };
}

export function employerToForm(e: Employer): EmployerFormValues {
  return {
    npp: e.npp,
    name: e.name,
    npwp: e.npwp ?? '',
    nib: e.nib ?? '',
    regencyCode: e.regencyCode,
    address: e.address,
    scale: e.scale,
    riskGroup: String(e.riskGroup),
    programs: [...e.programs],
    reportedHeadcount: String(e.reportedHeadcount),
    capital: e.capital === null ? '' : String(e.capital),
    annualSales: e.annualSales === null ? '' : String(e.annualSales),
    jkkRelief: e.jkkRelief,
  };
}

export function formToEmployerInput(v: EmployerFormValues, branchCode: string | null): EmployerInput {
  return {
    npp: v.npp.trim(),
    name: v.name.trim(),
    npwp: v.npwp.trim() || null,
    nib: v.nib.trim() || null,
    regencyCode: v.regencyCode,
    address: v.address.trim(),
    scale: v.scale,
    riskGroup: Number(v.riskGroup) as RiskGroup,
    programs: v.programs,
    reportedHeadcount: Number(v.reportedHeadcount.trim() || '0'),
    branchCode,
    capital: v.capital.trim() ? parseRupiahInput(v.capital) : null,
    annualSales: v.annualSales.trim() ? parseRupiahInput(v.annualSales) : null,
    jkkRelief: v.jkkRelief,
  };
}
