import type { Gap } from './gap-types';

/**
 * Whether a branch's gap list shows a finding: the branch's own, and a province-wide one of its province. A
 * Pemprov programme belongs to no branch (its area is the province, `regencyCode` the province code), so
 * every branch of that province sees its PROGRAM_LEBIH_KUOTA finding rather than none.
 */
export function gapSeenByBranch(g: Pick<Gap, 'branchCode' | 'regencyCode'>, branch: { code: string; provinceCode: string }): boolean {
  return g.branchCode === branch.code || (g.branchCode === null && g.regencyCode === branch.provinceCode);
}
