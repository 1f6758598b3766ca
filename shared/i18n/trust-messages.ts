import type { MessageCatalogue } from './message-types';

/** Issue 15: rate gaps in the reference data named instead of read as zero. */
export const trustMessages: MessageCatalogue = {
  REF_PROGRAM_RATE_MISSING: {
    id: 'Tarif program {program} belum ada di data acuan: perkiraan iuran dikosongkan, bukan nol.',
    en: 'The {program} contribution rate is not in the reference data: the contribution estimate is left empty, not zero.',
  },
  REF_JKK_RATE_MISSING: {
    id: 'Tarif JKK kelompok risiko {riskGroup} belum ada di data acuan: perkiraan iuran dikosongkan, bukan nol.',
    en: 'The JKK rate for risk group {riskGroup} is not in the reference data: the contribution estimate is left empty, not zero.',
  },
};
