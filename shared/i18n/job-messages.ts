import type { MessageCatalogue } from './message-types';

/** Long jobs (issue 16) and the import wizard's file checks. */
export const jobMessages: MessageCatalogue = {
  JOB_NOT_FOUND: {
    id: 'Pekerjaan ini tidak ada lagi (sudah lama selesai atau aplikasi dimulai ulang). Lihat riwayat impor.',
    en: 'This job no longer exists (finished long ago, or the app restarted). See the import history.',
  },
  JOB_CANCELLED: {
    id: 'Dibatalkan. Tidak ada yang disimpan.',
    en: 'Cancelled. Nothing was saved.',
  },
  JOB_INTERRUPTED: {
    id: 'Terhenti karena aplikasi ditutup sebelum pekerjaan ini selesai. Tidak ada yang disimpan darinya; jalankan lagi.',
    en: 'Stopped because the app was closed before this job finished. Nothing of it was saved; run it again.',
  },
  JOB_WRITE_RUNNING: {
    id: 'Sedang menyimpan impor lain ({percent} %). Coba lagi sebentar lagi; tidak ada yang tersimpan.',
    en: 'Another import is being saved ({percent} %). Try again shortly; nothing was saved.',
  },
  FILE_NOT_SPREADSHEET: {
    id: 'Berkas ini bukan lembar kerja ({format}). Unggah berkas Excel (.xlsx, .xls), .ods atau .csv.',
    en: 'This file is not a spreadsheet ({format}). Upload an Excel (.xlsx, .xls), .ods or .csv file.',
  },
  IMPORT_NO_START_DATE: {
    id: 'Kolom TMT (tanggal mulai kerja) tidak ada: setiap baris akan dicatat mulai tanggal 1 periode {period}.',
    en: 'No start-date (TMT) column: every row will be recorded as starting on the 1st of {period}.',
  },
};
