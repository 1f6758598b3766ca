import type { MessageCatalogue } from './message-types';

/** Gap explanations and the gap/follow-up errors. Amounts arrive already formatted for the locale. */
export const gapMessages: MessageCatalogue = {
  GAP_PDS_TK: {
    id: 'Jumlah tenaga kerja yang diketahui {known} orang (sumber {source}, {date}) melebihi peserta aktif {active} orang: {missing} orang belum didaftarkan.',
    en: 'The known headcount of {known} (source {source}, {date}) exceeds the {active} active participants: {missing} workers are not registered.',
  },
  GAP_PDS_UPAH: {
    id: '{affected} dari {active} peserta aktif didaftarkan dengan upah di bawah ketentuan ({belowMinimum} di bawah {minimum}; {belowPayroll} di bawah upah daftar gaji). Selisih upah Rp {wageShortfall} per bulan.',
    en: '{affected} of {active} active participants are registered with a wage below what applies ({belowMinimum} below {minimum}; {belowPayroll} below their payroll wage). Wage shortfall Rp {wageShortfall} a month.',
  },
  GAP_PDS_PROGRAM: {
    id: 'Usaha skala {scale} wajib ikut {required}; belum ikut {missing}. {atPensionAge} tenaga kerja sudah mencapai usia pensiun {pensionAge} tahun dan tidak dihitung untuk JP.',
    en: 'A {scale} business must join {required}; missing {missing}. {atPensionAge} workers have reached the pension age of {pensionAge} and are not counted for JP.',
  },
  GAP_PWBD: {
    id: '{name} ada di daftar {source} dengan {workers} tenaga kerja di {regency}, tetapi tidak cocok dengan perusahaan terdaftar mana pun (NIB, NPWP, nama). Paling mirip: {nearMiss}.',
    en: '{name} is on the {source} list with {workers} workers in {regency} but matches no registered employer (NIB, NPWP, name). Closest: {nearMiss}.',
  },
  GAP_NEAR_MISS_NONE: { id: 'tidak ada', en: 'none' },
  GAP_KEY_UNKNOWN: {
    id: 'Temuan {key} tidak dikenal. Muat ulang daftar temuan.',
    en: 'Unknown finding {key}. Reload the list of findings.',
  },
  PROSPECT_NOT_FOUND: { id: 'Calon peserta #{id} tidak ditemukan.', en: 'Prospect #{id} not found.' },
  FILE_COLUMNS_MISSING: {
    id: 'Kolom wajib tidak ditemukan di {file}: {columns}. Judul kolom yang dikenali: {known}.',
    en: 'Required columns not found in {file}: {columns}. Recognised headers: {known}.',
  },
  WORKFORCE_ROW_INVALID: {
    id: 'Baris {row}: tahun atau jumlah penduduk bekerja tidak terbaca. Tulis tahun 4 digit dan jumlah sebagai angka. Tidak ada yang disimpan.',
    en: 'Row {row}: the year or the employed count cannot be read. Write a 4-digit year and the count as a number. Nothing was saved.',
  },
  WORKFORCE_AREA_UNKNOWN: {
    id: 'Wilayah {code} tidak dikenal untuk data angkatan kerja. Pakai kode Kemendagri (mis. 64 atau 64.71) atau nama kabupaten/kota. Tidak ada yang disimpan.',
    en: 'Unknown area {code} for workforce figures. Use a Kemendagri code (e.g. 64 or 64.71) or a regency/city name. Nothing was saved.',
  },
  LIST_IMPORT_NOT_FOUND: { id: 'Impor daftar #{id} tidak ditemukan.', en: 'List import #{id} not found.' },
  LIST_UNDO_IN_USE: {
    id: 'Impor daftar #{id} tidak dapat dibatalkan: petugas sudah mencatat {count} tindak lanjut atau tautan NPP pada perusahaan dari daftar ini, dan pembatalan akan menghapusnya.',
    en: 'List import #{id} cannot be undone: staff have recorded {count} follow-ups or NPP links on companies from this list, and undoing would delete them.',
  },
  LIST_UNDO_LATER: {
    id: 'Impor daftar #{id} tidak dapat dibatalkan: daftar gaji bulan yang sama sudah diganti oleh impor #{later}. Batalkan impor #{later} dulu.',
    en: 'List import #{id} cannot be undone: the same month’s payroll was replaced later by import #{later}. Undo import #{later} first.',
  },
  LIST_UNDO_EDITED: {
    id: 'Impor daftar #{id} tidak dapat dibatalkan: angka angkatan kerja wilayah {area} tahun {year} sudah diubah sesudahnya, dan pembatalan akan menimpa perubahan itu.',
    en: 'List import #{id} cannot be undone: the workforce figure for area {area}, year {year}, was changed afterwards, and undoing would overwrite that change.',
  },
};
