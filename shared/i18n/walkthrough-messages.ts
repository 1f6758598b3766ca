import type { MessageCatalogue } from './message-types';

/** Messages added by issue 11's walkthrough fixes (§4). */
export const walkthroughMessages: MessageCatalogue = {
  NIK_SERIAL_ZERO: {
    id: 'Empat digit terakhir NIK (nomor urut) tidak boleh 0000. Salin ulang NIK dari KTP.',
    en: 'The last four digits of a NIK (the serial) cannot be 0000. Copy the NIK again from the ID card.',
  },
  NIK_PLACEHOLDER: {
    id: 'NIK berisi nol semua: ini pengisi kosong, bukan NIK. Isi NIK dari KTP.',
    en: 'The NIK is all zeros: a placeholder, not a NIK. Enter the NIK from the ID card.',
  },
};
