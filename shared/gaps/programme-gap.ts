import { formatMessage } from '../i18n/messages';
import { GAP_BASIS } from './gap-rules';
import type { Gap } from './gap-types';

export interface OverQuotaProgramme {
  id: number;
  name: string;
  funderName: string;
  funderCode: string;
  year: number;
  monthFrom: string;
  monthTo: string;
  quota: number;
  members: number;
  monthlyContribution: number;
  /** The funder's regency, or for a Pemprov its province code (no one regency). */
  regencyCode: string;
  branchCode: string | null;
}

/**
 * PROGRAM_LEBIH_KUOTA: a funded programme covering the month holds more people than its quota. The people over
 * the quota have no budget behind them: their contributions (people over × contribution per person) are the
 * monthly sum at stake until the funder adds budget (APBD Perubahan) or the list is cut back.
 */
export function programLebihKuotaGap(p: OverQuotaProgramme, period: string): Gap {
  const over = p.members - p.quota;
  const extra = over * p.monthlyContribution;
  const params = { programme: `${p.funderName} — ${p.name}`, members: p.members, quota: p.quota, over, extra: extra.toLocaleString('id-ID') };
  return {
    key: `PROGRAM_LEBIH_KUOTA:F${p.id}`,
    code: 'PROGRAM_LEBIH_KUOTA',
    npp: null,
    name: `${p.funderName} — ${p.name}`,
    regencyCode: p.regencyCode,
    branchCode: p.branchCode,
    scale: null,
    // Over by more than a tenth is more than a rounding of the budget.
    severity: over * 10 > p.quota ? 'tinggi' : 'sedang',
    evidence: {
      source: 'Program APBD',
      date: `${period}-01`,
      programmeId: p.id,
      programmeName: p.name,
      funderName: p.funderName,
      funderCode: p.funderCode,
      year: p.year,
      monthFrom: p.monthFrom,
      monthTo: p.monthTo,
      members: p.members,
      quota: p.quota,
      over,
      monthlyContribution: p.monthlyContribution,
      referenceGaps: [],
    },
    explanation: formatMessage('GAP_PROGRAM_LEBIH_KUOTA', params, 'id'),
    explanationCode: 'GAP_PROGRAM_LEBIH_KUOTA',
    explanationParams: params,
    basis: GAP_BASIS.PROGRAM_LEBIH_KUOTA,
    estimatedMonthlyShortfall: extra,
    followUp: null,
  };
}
