import type { MessageCatalogue } from './message-types';

export const hardeningMessages: MessageCatalogue = {
  PASSWORD_COMMON: {
    id: 'Kata sandi ini terlalu mudah ditebak (umum dipakai atau satu karakter berulang). Pilih yang lain.',
    en: 'This password is too easy to guess (widely used, or one character repeated). Choose another.',
  },
};
