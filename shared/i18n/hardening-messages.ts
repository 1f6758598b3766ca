import type { MessageCatalogue } from './message-types';

export const hardeningMessages: MessageCatalogue = {
  PASSWORD_COMMON: {
    id: 'Kata sandi ini terlalu mudah ditebak (umum dipakai atau satu karakter berulang). Pilih yang lain.',
    en: 'This password is too easy to guess (widely used, or one character repeated). Choose another.',
  },
  BAD_URL: {
    id: 'Alamat permintaan tidak dapat dibaca (kode persen rusak).',
    en: 'The request address cannot be read (broken percent-encoding).',
  },
};
