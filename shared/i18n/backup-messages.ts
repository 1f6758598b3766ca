import type { MessageCatalogue } from './message-types';

export const backupMessages: MessageCatalogue = {
  BACKUP_NOT_FOUND: { id: 'Berkas cadangan {file} tidak ditemukan.', en: 'Backup file {file} not found.' },
  BACKUP_CORRUPT: {
    id: 'Berkas cadangan rusak atau bukan basis data SQLite ({detail}). Data sekarang tidak diubah; pilih cadangan lain.',
    en: 'The backup file is damaged or not an SQLite database ({detail}). Current data was not changed; pick another backup.',
  },
  BACKUP_NOT_SIGAP: {
    id: 'Berkas {file} bukan cadangan Sigap. Data sekarang tidak diubah.',
    en: 'File {file} is not a Sigap backup. Current data was not changed.',
  },
};
