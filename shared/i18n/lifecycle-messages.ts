import type { MessageCatalogue } from './message-types';

/** The membership lifecycle: wage changes, ends, moves, identity corrections (issue 11). */
export const lifecycleMessages: MessageCatalogue = {
  MEMBERSHIP_NOT_ACTIVE: {
    id: 'Kepesertaan #{id} sudah berhenti ({endDate}); perubahan hanya untuk kepesertaan aktif. Tidak ada yang diubah.',
    en: 'Membership #{id} has already ended ({endDate}); changes apply to active memberships only. Nothing was changed.',
  },
  MEMBERSHIP_NOT_AT_EMPLOYER: {
    id: 'Tenaga kerja dengan NIK ini tidak punya kepesertaan aktif di NPP {npp}. Tidak ada yang diubah.',
    en: 'The worker with this NIK has no active membership with NPP {npp}. Nothing was changed.',
  },
  WAGE_FROM_BEFORE_START: {
    id: 'Upah baru berlaku mulai {from}, sebelum kepesertaan dimulai ({start}). Pilih bulan {start} atau sesudahnya.',
    en: 'The new wage starts {from}, before the membership began ({start}). Choose {start} or later.',
  },
  MOVE_SAME_EMPLOYER: {
    id: 'Perusahaan tujuan (NPP {npp}) sama dengan perusahaan sekarang. Pilih perusahaan lain.',
    en: 'The new employer (NPP {npp}) is the current one. Choose another employer.',
  },
  MOVE_DATE_INVALID: {
    id: 'Tanggal pindah {date} harus sesudah tanggal mulai {startDate} di perusahaan sekarang.',
    en: 'The move date {date} must be after the start date {startDate} at the current employer.',
  },
  END_REASON_INVALID: {
    id: 'Alasan berhenti "{reason}" tidak dikenal. Pilih: resign, contract_ended, dismissed, died, retired, moved.',
    en: 'Unknown end reason "{reason}". Choose: resign, contract_ended, dismissed, died, retired, moved.',
  },
  CORRECTION_UNCHANGED: {
    id: 'Nama, tanggal lahir dan jenis kelamin sama dengan data sekarang; tidak ada yang dikoreksi.',
    en: 'Name, birth date and gender equal the current data; nothing was corrected.',
  },
};
