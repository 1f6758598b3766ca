import type { MessageCatalogue } from './message-types';

/** Messages of the importer and exporter (issue 3). Row messages go into the annotated workbook: say what to fix. */
export const importMessages: MessageCatalogue = {
  // Files
  FILE_UNREADABLE: {
    id: 'Berkas tidak dapat dibaca sebagai Excel/CSV ({reason}). Simpan ulang dari Excel sebagai .xlsx lalu coba lagi.',
    en: 'The file cannot be read as Excel/CSV ({reason}). Save it again from Excel as .xlsx and retry.',
  },
  FILE_EMPTY: { id: 'Berkas kosong.', en: 'The file is empty.' },
  FILE_TOO_LARGE: {
    id: 'Berkas terlalu besar atau isinya mengembang melebihi batas ({limit}). Pecah menjadi beberapa berkas.',
    en: 'The file is too large or expands beyond the limit ({limit}). Split it into several files.',
  },
  SHEET_TOO_LARGE: {
    id: 'Sheet {sheet} menyatakan {rows} baris × {columns} kolom (batas {maxRows} baris, {maxColumns} kolom). Salin datanya saja ke sheet baru lalu simpan ulang.',
    en: 'Sheet {sheet} declares {rows} rows × {columns} columns (limit {maxRows} rows, {maxColumns} columns). Copy just the data to a new sheet and save again.',
  },
  FILE_ENCRYPTED: {
    id: 'Berkas dilindungi kata sandi. Minta perusahaan mengirim ulang tanpa kata sandi.',
    en: 'The file is password-protected. Ask the company to resend it without a password.',
  },
  FILE_HAS_MACROS: {
    id: 'Berkas berisi makro. Hanya datanya yang dibaca; makro tidak pernah dijalankan.',
    en: 'The file contains macros. Only its data is read; macros are never run.',
  },
  FILE_NO_HEADER: {
    id: 'Baris judul kolom (NIK, Nama, Upah …) tidak ditemukan di {rows} baris pertama. Pilih baris judul secara manual.',
    en: 'No header row (NIK, Nama, Upah …) found in the first {rows} rows. Choose the header row by hand.',
  },
  FILE_TIMEOUT: {
    id: 'Pembacaan berkas dihentikan setelah {seconds} detik. Pecah berkas menjadi beberapa bagian.',
    en: 'Reading the file was stopped after {seconds} seconds. Split the file into parts.',
  },
  FILE_NOT_FOUND: { id: 'Berkas {file} tidak ditemukan.', en: 'File {file} not found.' },
  SHEET_NOT_FOUND: { id: 'Sheet {sheet} tidak ada di berkas.', en: 'The file has no sheet {sheet}.' },
  MAPPING_INCOMPLETE: {
    id: 'Kolom wajib belum dipetakan: {fields}. Pilih kolomnya di layar pemetaan.',
    en: 'Required columns are not mapped: {fields}. Choose them on the mapping screen.',
  },
  UPLOAD_NOT_FOUND: {
    id: 'Berkas unggahan tidak ada lagi (dihapus setelah impor atau setelah 1 hari). Unggah ulang berkasnya.',
    en: 'The uploaded file is gone (deleted after import or after one day). Upload it again.',
  },
  PERIOD_INVALID: { id: 'Periode {period} tidak valid; gunakan YYYY-MM.', en: 'Invalid period {period}; use YYYY-MM.' },
  IMPORT_NOT_FOUND: { id: 'Impor #{id} tidak ditemukan.', en: 'Import #{id} not found.' },
  IMPORT_ALREADY_UNDONE: { id: 'Impor #{id} sudah dibatalkan pada {at}.', en: 'Import #{id} was already undone at {at}.' },
  IMPORT_UNDO_CONFLICT: {
    id: 'Impor #{id} tidak dapat dibatalkan: data yang sama sudah diubah oleh {by}. Batalkan yang lebih baru dulu.',
    en: 'Import #{id} cannot be undone: the same records were changed later by {by}. Undo the later change first.',
  },
  IMPORT_UNDO_EDITED: {
    id: 'Impor #{id} tidak dapat dibatalkan: data {record} yang ditulis impor ini sudah diubah manual oleh {actor} sesudahnya, dan pembatalan akan menghapus perubahan itu. Perbaiki data yang salah langsung di layar tenaga kerja atau perusahaan.',
    en: 'Import #{id} cannot be undone: record {record}, written by this import, was later changed by hand by {actor}, and undoing would throw that change away. Correct the wrong records directly on the worker or employer screen.',
  },
  // Rows
  NIK_PRECISION_LOST: {
    id: 'NIK terbaca sebagai angka, bukan teks: Excel hanya menyimpan 15 digit sehingga digit terakhir hilang. Minta perusahaan memformat kolom NIK sebagai Teks lalu mengetik ulang NIK dari KTP.',
    en: 'The NIK was read as a number, not text: Excel keeps only 15 digits, so the last digit is lost. Ask the company to format the NIK column as Text and retype the NIKs from the ID cards.',
  },
  DUPLICATE_IN_FILE: {
    id: 'Data ini sudah ada di baris {firstRow} berkas yang sama. Hapus salah satu.',
    en: 'This record already appears on row {firstRow} of the same file. Remove one of them.',
  },
  NAME_MISSING: { id: 'Nama kosong.', en: 'The name is empty.' },
  BIRTHDATE_INVALID: {
    id: 'Tanggal lahir "{value}" tidak dapat dibaca. Tulis sebagai DD-MM-YYYY, misalnya 17-08-1985.',
    en: 'Birth date "{value}" cannot be read. Write it as DD-MM-YYYY, e.g. 17-08-1985.',
  },
  GENDER_INVALID: {
    id: 'Jenis kelamin "{value}" tidak dikenal. Isi L atau P.',
    en: 'Unknown gender "{value}". Use L or P.',
  },
  WAGE_INVALID: {
    id: 'Upah "{value}" tidak dapat dibaca. Tulis angka rupiah, misalnya 3.500.000.',
    en: 'Wage "{value}" cannot be read. Write a rupiah amount, e.g. 3.500.000.',
  },
  ALREADY_ACTIVE_ELSEWHERE: {
    id: 'NIK ini masih aktif di perusahaan lain ({employer}, NPP {npp}). Pastikan sudah berhenti di sana atau memang bekerja di dua tempat.',
    en: 'This NIK is still active with another employer ({employer}, NPP {npp}). Check that the worker left or really works for both.',
  },
  AGE_OUT_OF_RANGE: {
    id: 'Umur {age} tahun di luar rentang usia kerja yang wajar ({min}–{max}). Periksa tanggal lahir.',
    en: 'Age {age} is outside the usual working age ({min}–{max}). Check the birth date.',
  },
  ID_PRECISION_LOST: {
    id: '{label} terbaca sebagai angka sehingga digit bisa hilang. Format kolom {label} sebagai Teks lalu ketik ulang.',
    en: '{label} was read as a number, so digits may be lost. Format the {label} column as Text and retype it.',
  },
  ID_NUMERIC_CELL: {
    id: '{label} tersimpan sebagai angka; angka 0 di depan bisa hilang. Sebaiknya format kolomnya sebagai Teks.',
    en: '{label} is stored as a number; leading zeros may be lost. Better format the column as Text.',
  },
  SCALE_INVALID: {
    id: 'Skala usaha "{value}" tidak dikenal. Isi mikro, kecil, menengah atau besar.',
    en: 'Unknown business scale "{value}". Use mikro, kecil, menengah or besar.',
  },
  RISK_GROUP_INVALID: {
    id: 'Kelompok risiko "{value}" tidak dikenal. Isi I–V atau 1–5.',
    en: 'Unknown risk group "{value}". Use I–V or 1–5.',
  },
  PROGRAM_UNKNOWN: {
    id: 'Program "{value}" tidak dikenal. Tulis seperti JKK, JKM, JHT, JP.',
    en: 'Unknown program "{value}". Write them like JKK, JKM, JHT, JP.',
  },
  HEADCOUNT_INVALID: {
    id: 'Jumlah tenaga kerja "{value}" bukan bilangan bulat; dianggap 0.',
    en: 'Headcount "{value}" is not a whole number; taken as 0.',
  },
  // Export
  EXPORT_EMPTY: { id: 'Tidak ada data untuk diekspor.', en: 'Nothing to export.' },
};
