import type { MessageCatalogue } from './message-types';

/** Home branches of accounts, the gap list's search and formatted identifiers (issue 11 §4). */
export const homeBranchMessages: MessageCatalogue = {
  HOME_BRANCH_UNKNOWN: {
    id: 'Kantor cabang "{branch}" tidak dikenal. Pilih salah satu kantor cabang dari daftar. Akun tidak disimpan.',
    en: 'Branch office "{branch}" is not known. Choose one of the listed branch offices. The account was not saved.',
  },
};
