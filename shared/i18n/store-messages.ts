import type { MessageCatalogue } from './message-types';

/** The store as a file: restore, the audit chain, and other processes on the same file. */
export const storeMessages: MessageCatalogue = {
  STORE_IN_USE: {
    id: 'Data sedang dibuka oleh proses lain (aplikasi Sigap atau perintah CLI yang berjalan). Tutup dulu, lalu ulangi pemulihan. Data sekarang tidak diubah.',
    en: 'The store is open in another process (the Sigap app or a running CLI command). Close it, then restore again. Current data was not changed.',
  },
  STORE_REPLACED: {
    id: 'Berkas data telah diganti oleh proses lain. Perubahan ditolak agar tidak hilang; tutup dan buka ulang Sigap.',
    en: 'The store file was replaced by another process. Changes are refused so they are not lost; close and reopen Sigap.',
  },
  STORE_RESTORING: {
    id: 'Data sedang dipulihkan dari cadangan. Tunggu sebentar, lalu masuk kembali.',
    en: 'The store is being restored from a backup. Wait a moment, then sign in again.',
  },
  STORE_BUSY: {
    id: 'Data sedang dipakai proses lain (misalnya impor lewat CLI). Coba lagi sebentar lagi; tidak ada yang tersimpan.',
    en: 'The store is busy in another process (for example a CLI import). Try again shortly; nothing was saved.',
  },
  RESTORE_MIGRATION_FAILED: {
    id: 'Cadangan tidak dapat diperbarui ke skema aplikasi ini ({detail}). Data sekarang tidak diubah; pilih cadangan lain.',
    en: 'The backup cannot be brought up to this app’s schema ({detail}). Current data was not changed; pick another backup.',
  },
  RESTORE_SCHEMA_MISMATCH: {
    id: 'Struktur cadangan berbeda dari struktur Sigap ({detail}). Data sekarang tidak diubah; pilih cadangan lain.',
    en: 'The backup’s structure differs from Sigap’s ({detail}). Current data was not changed; pick another backup.',
  },
  RESTORE_FOREIGN_KEYS: {
    id: 'Cadangan berisi rujukan yang putus ({detail}). Data sekarang tidak diubah; pilih cadangan lain.',
    en: 'The backup holds broken references ({detail}). Current data was not changed; pick another backup.',
  },
  AUDIT_CHAIN_BROKEN: {
    id: 'Jejak audit telah diubah: rantai hash putus pada entri {firstBad}.',
    en: 'The audit trail was altered: its hash chain breaks at entry {firstBad}.',
  },
};
