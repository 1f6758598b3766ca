import type { MessageCatalogue } from './message-types';

/** A contractor's roster imported into a Jakon project, and funded programmes over their quota in the gap workspace. */
export const jakonImportMessages: MessageCatalogue = {
  JAKON_START_OUTSIDE: {
    id: 'Tanggal mulai {date} di luar masa proyek ({start} – {end}).',
    en: 'Start date {date} lies outside the project ({start} – {end}).',
  },
  JAKON_IMPORT_NOT_FOUND: { id: 'Impor daftar pekerja proyek #{id} tidak ditemukan.', en: 'Project roster import #{id} not found.' },
  JAKON_IMPORT_ALREADY_UNDONE: { id: 'Impor daftar pekerja proyek #{id} sudah dibatalkan.', en: 'Project roster import #{id} was already undone.' },
  GAP_PROGRAM_LEBIH_KUOTA: {
    id: '{programme}: {members} peserta untuk kuota {quota} ({over} di atas kuota, Rp {extra} per bulan di luar anggaran).',
    en: '{programme}: {members} members for a quota of {quota} ({over} over quota, Rp {extra} a month beyond the budget).',
  },
};
