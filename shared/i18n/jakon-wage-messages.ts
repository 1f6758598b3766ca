import type { MessageCatalogue } from './message-types';

/** A Jakon project's contribution basis: from its workers' wages, or from the contract-value tiers and why. */
export const jakonWageMessages: MessageCatalogue = {
  JAKON_BASIS_WAGES: {
    id: 'Dasar: upah {workers} pekerja {wageSum} × {jkkPct} (JKK, kelompok risiko {riskGroup}) + {jkmPct} (JKM) = {monthly} per bulan',
    en: 'Basis: wages of {workers} workers {wageSum} × {jkkPct} (JKK, risk group {riskGroup}) + {jkmPct} (JKM) = {monthly} a month',
  },
  JAKON_BASIS_MONTHS: {
    id: '× {months} bulan proyek = {projectTotal}',
    en: '× {months} project months = {projectTotal}',
  },
  JAKON_BASIS_OPEN_END: {
    id: 'tanggal selesai proyek belum ada, jadi jumlah seluruh proyek belum dapat dihitung',
    en: 'the project has no end date yet, so its whole amount cannot be computed',
  },
  JAKON_BASIS_CONTRACT: {
    id: 'Dasar: nilai kontrak {value}, tarif berjenjang = {total} untuk seluruh proyek',
    en: 'Basis: contract value {value}, tiered rates = {total} for the whole project',
  },
  JAKON_BASIS_AFTER_DRY_RUN: { id: 'Setelah disimpan', en: 'Once saved' },
  JAKON_BASIS_AFTER_SAVE: { id: 'Sekarang', en: 'Now' },
  JAKON_BASIS_BEFORE_SAVE: { id: 'Iuran sebelum disimpan', en: 'Contribution before saving' },
  JAKON_PER_MONTH: { id: '{amount} per bulan', en: '{amount} a month' },
  JAKON_BASIS_NO_ROSTER: {
    id: 'belum ada daftar pekerja dengan upah',
    en: 'no worker roster with wages yet',
  },
  JAKON_BASIS_WAGE_MISSING: {
    id: '{missing} dari {workers} pekerja tanpa upah, jadi upah proyek belum diketahui',
    en: '{missing} of {workers} workers have no wage, so the project’s wages are not known',
  },
  JAKON_BASIS_RISK_MISSING: {
    id: 'tarif JKK kelompok risiko {riskGroup} kontraktor tidak ada di data acuan',
    en: 'the JKK rate of the contractor’s risk group {riskGroup} is not in the reference data',
  },
};
