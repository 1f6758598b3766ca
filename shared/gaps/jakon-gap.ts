import { formatMessage } from '../i18n/messages';
import { GAP_BASIS } from './gap-rules';
import type { Gap } from './gap-types';

export interface LateProject {
  id: number;
  name: string;
  contractorNpp: string;
  contractorName: string;
  regencyCode: string;
  branchCode: string | null;
  spkDate: string;
  registeredOn: string;
  workingDays: number;
  contractValue: number;
  jkk: number;
  jkm: number;
}

/**
 * JAKON_TERLAMBAT: a project registered more than 14 working days after its work order. The contribution is
 * owed per project, not per month, so there is no monthly estimate: the evidence carries the project's JKK + JKM.
 */
export function jakonTerlambatGap(p: LateProject): Gap {
  const params = { project: p.name, days: p.workingDays, spkDate: p.spkDate };
  return {
    key: `JAKON_TERLAMBAT:J${p.id}`,
    code: 'JAKON_TERLAMBAT',
    npp: p.contractorNpp,
    name: p.contractorName,
    regencyCode: p.regencyCode,
    branchCode: p.branchCode,
    scale: null,
    severity: p.workingDays > 30 ? 'tinggi' : 'sedang',
    evidence: {
      source: 'Jakon',
      date: p.registeredOn,
      projectId: p.id,
      projectName: p.name,
      spkDate: p.spkDate,
      registeredOn: p.registeredOn,
      workingDays: p.workingDays,
      contractValue: p.contractValue,
      jkk: p.jkk,
      jkm: p.jkm,
      referenceGaps: [],
    },
    explanation: formatMessage('GAP_JAKON_TERLAMBAT', params, 'id'),
    explanationCode: 'GAP_JAKON_TERLAMBAT',
    explanationParams: params,
    basis: GAP_BASIS.JAKON_TERLAMBAT,
    estimatedMonthlyShortfall: null,
    followUp: null,
  };
}
