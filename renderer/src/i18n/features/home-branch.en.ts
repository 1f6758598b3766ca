import type { Strings } from '../strings';
import type { homeBranchId } from './home-branch.id';

/** UI strings for issue 11 §4: home branches, coverage scale and legends, gap search (English). */
export const homeBranchEn: Strings<typeof homeBranchId> = {
  staff: {
    label: 'Home branch',
    hint: 'The branch summary and the gap list open on this branch.',
    none: '— None —',
    column: 'Home branch',
  },
  coverage: {
    axis: 'Coverage (% of the employed workforce), scale 0–{{max}}',
    axisShort: 'Coverage (%)',
    legendConfirmed: 'Official workforce figure (BPS)',
    legendEstimate: 'Estimate: workforce figure not confirmed',
    legendOver: 'Over 100%: check the workforce figure',
  },
  headcount: {
    legend: 'Amber figures: fewer active workers than the employer reported (possibly PDS TK).',
  },
  genderShort: { L: 'M', P: 'F' },
  gapSearch: {
    label: 'Search name/NPP',
    placeholder: 'Company name or NPP',
    clear: 'Clear search',
  },
};
