import type { EmployerDetail } from '../../../shared/api/contract';
import type { EmployerInput } from '../../../shared/domain/employer';
import type { ValidationIssue } from '../../../shared/validate/issue';
import { normaliseNib, validateNib } from '../../../shared/validate/nib';
import { normaliseNpp, validateNpp } from '../../../shared/validate/npp';
import { normaliseNpwp, validateNpwp } from '../../../shared/validate/npwp';
import type { Db } from '../../db/open';
import { stmt } from '../../db/statements';
import { getEmployer, insertEmployer, listEmployers, updateEmployer } from '../../store/employers';
import { branchExists, branchServing, findRegionRow } from '../../store/reference';
import { currentRegionCode, normaliseRegionCode } from '../../../shared/reference/regions';
import { AppError, assertNoErrors } from '../../errors/app-error';
import type { HandlerGroup } from '../registry';

const withField = (field: string, issues: ValidationIssue[]): ValidationIssue[] => issues.map((i) => ({ ...i, field }));

/** Normalises identifiers and checks everything the form checks, again, because the caller is untrusted. */
function checkEmployer(db: Db, input: EmployerInput): EmployerInput & { branchCode: string } {
  const npp = normaliseNpp(input.npp);
  const npwp = input.npwp ? normaliseNpwp(input.npwp) : null;
  const nib = input.nib ? normaliseNib(input.nib) : null;
  const issues = [
    ...withField('npp', validateNpp(input.npp)),
    ...(input.npwp ? withField('npwp', validateNpwp(input.npwp)) : []),
    ...(input.nib ? withField('nib', validateNib(input.nib)) : []),
  ];
  // A legacy Kaltara code (64.73 Tarakan …) names the same place: recorded under the code in force (65.71).
  const given = findRegionRow(db, normaliseRegionCode(input.regencyCode) ?? input.regencyCode);
  const region = given?.legacy ? findRegionRow(db, currentRegionCode(given.code) ?? given.code) : given;
  if (!region || region.legacy) {
    issues.push({ code: 'REGION_UNKNOWN', severity: 'error', field: 'regencyCode', params: { code: input.regencyCode } });
  }
  assertNoErrors(issues);
  const regencyCode = region!.code;

  const branchCode = input.branchCode || branchServing(db, regencyCode);
  if (!branchCode) throw new AppError('NO_BRANCH_FOR_REGENCY', { code: regencyCode });
  if (!branchExists(db, branchCode)) throw new AppError('BRANCH_UNKNOWN', { code: branchCode });
  return { ...input, npp, npwp, nib, regencyCode, branchCode };
}

export function employerDetail(db: Db, npp: string): EmployerDetail {
  const employer = getEmployer(db, npp);
  if (!employer) throw new AppError('EMPLOYER_NOT_FOUND', { npp });
  const facts = stmt(
    db,
    `SELECT r.name AS regencyName, b.name AS branchName,
       (SELECT count(*) FROM memberships m WHERE m.npp = @npp AND m.status = 'aktif') AS activeWorkers,
       (SELECT count(*) FROM memberships m WHERE m.npp = @npp) AS totalWorkers
     FROM regions r, branches b WHERE r.code = @regency AND b.code = @branch`,
  ).get({ npp, regency: employer.regencyCode, branch: employer.branchCode }) as Omit<EmployerDetail, keyof typeof employer>;
  return { ...employer, ...facts };
}

export const employerHandlers: HandlerGroup<'employers-list' | 'employers-get' | 'employers-save'> = {
  'employers-list': ({ db }, arg) => listEmployers(db, arg),
  'employers-get': ({ db }, { npp }) => employerDetail(db, normaliseNpp(npp)),
  'employers-save': ({ db }, { employer, mode }) =>
    db
      .transaction(() => {
        const checked = checkEmployer(db, employer);
        const existing = getEmployer(db, checked.npp);
        if (mode === 'create' && existing) throw new AppError('EMPLOYER_EXISTS', { npp: checked.npp, name: existing.name });
        if (mode === 'update' && !existing) throw new AppError('EMPLOYER_NOT_FOUND', { npp: checked.npp });
        return mode === 'create' ? insertEmployer(db, checked) : updateEmployer(db, checked);
      })
      .immediate(),
};
