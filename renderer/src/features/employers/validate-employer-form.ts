import { scaleMismatch } from '../../../../shared/rules/business-scale';
import { missingMandatoryPrograms } from '../../../../shared/rules/mandatory-programs';
import { parseRupiahInput } from '../../lib/rupiah-input';
import type { ValidationIssue } from '../../../../shared/validate/issue';
import { validateNib } from '../../../../shared/validate/nib';
import { validateNpp } from '../../../../shared/validate/npp';
import { validateNpwp } from '../../../../shared/validate/npwp';
import type { EmployerField, EmployerFormValues } from './employer-form-values';

export type EmployerIssues = Partial<Record<EmployerField, ValidationIssue[]>>;

const required = (field: EmployerField): ValidationIssue => ({ code: 'FIELD_REQUIRED', severity: 'error', field });

/** Live checks as the clerk types: the shared validators for identifiers, presence for the rest. */
export function validateEmployerForm(v: EmployerFormValues): EmployerIssues {
  const issues: EmployerIssues = {};
  issues.npp = v.npp.trim() ? validateNpp(v.npp) : [required('npp')];
  if (!v.name.trim()) issues.name = [required('name')];
  if (v.npwp.trim()) issues.npwp = validateNpwp(v.npwp);
  if (v.nib.trim()) issues.nib = validateNib(v.nib);
  if (!v.regencyCode) issues.regencyCode = [required('regencyCode')];
  const headcount = v.reportedHeadcount.trim();
  if (headcount && !/^\d{1,7}$/.test(headcount)) {
    issues.reportedHeadcount = [{ code: 'HEADCOUNT_INVALID', severity: 'error', field: 'reportedHeadcount' }];
  }
  const amount = (field: 'capital' | 'annualSales'): number | null => {
    if (!v[field].trim()) return null;
    const n = parseRupiahInput(v[field]);
    if (n === null) issues[field] = [{ code: 'AMOUNT_INVALID', severity: 'error', field }];
    return n;
  };
  // Capital and sales suggest the scale (PP 7/2021 Ps.35); a typed scale that disagrees is a warning, not a refusal.
  const mismatch = scaleMismatch(v.scale, { capital: amount('capital'), annualSales: amount('annualSales') });
  if (mismatch) issues.scale = [mismatch];
  const missing = missingMandatoryPrograms(v.scale, v.programs);
  if (missing.length > 0) {
    // A PDS Program finding, not a reason to refuse the record: the form records what the company has.
    issues.programs = [
      { code: 'PROGRAMS_MISSING', severity: 'warning', field: 'programs', params: { programs: missing.join(', ') } },
    ];
  }
  return issues;
}
