import type { MessageCatalogue } from './message-types';

/** Messages for the identifier validators (shared/validate). Each says what to fix. */
export const validationMessages: MessageCatalogue = {
  NIK_FORMAT: {
    id: 'NIK harus tepat 16 digit angka dan 4 digit terakhir (nomor urut) bukan 0000; terbaca {digits} digit. Salin ulang NIK dari KTP; jika dari Excel, pastikan kolomnya berformat Teks.',
    en: 'A NIK must be exactly 16 digits and its last 4 digits (serial) cannot be 0000; {digits} digits read. Copy the NIK again from the ID card; if it comes from Excel, make sure the column is formatted as Text.',
  },
  NIK_REGION: {
    id: 'Kode wilayah di NIK ({code}) tidak dikenal. Periksa digit ke-1 s.d. 6 (provinsi, kabupaten/kota, kecamatan) sesuai KTP.',
    en: 'The region code in the NIK ({code}) is unknown. Check digits 1–6 (province, regency/city, district) against the ID card.',
  },
  NIK_DATE: {
    id: 'Tanggal lahir di NIK tidak valid ({date}). Periksa digit ke-7 s.d. 12 (untuk perempuan tanggal + 40).',
    en: 'The birth date in the NIK is not valid ({date}). Check digits 7–12 (for women the day is + 40).',
  },
  NIK_GENDER_MISMATCH: {
    id: 'Jenis kelamin ({gender}) tidak sesuai dengan NIK ({nikGender}). Periksa jenis kelamin atau digit ke-7 dan 8 NIK (perempuan: tanggal + 40).',
    en: 'The gender ({gender}) does not match the NIK ({nikGender}). Check the gender or NIK digits 7–8 (women: day + 40).',
  },
  NIK_BIRTHDATE_MISMATCH: {
    id: 'Tanggal lahir {birthDate} tidak sesuai dengan tanggal di NIK ({nikDate}). NIK tidak diterbitkan ulang bila tanggal lahir dikoreksi: cocokkan dengan KTP sebelum menyimpan.',
    en: 'The birth date {birthDate} does not match the date in the NIK ({nikDate}). A NIK is not reissued when a birth date is corrected: check it against the ID card before saving.',
  },
  NPWP_FORMAT: {
    id: 'NPWP harus 15 digit (format lama XX.XXX.XXX.X-XXX.XXX) atau 16 digit; terbaca {digits} digit. Salin ulang NPWP dari kartu atau surat keterangan terdaftar; jika dari Excel, format kolomnya sebagai Teks.',
    en: 'An NPWP must have 15 digits (legacy XX.XXX.XXX.X-XXX.XXX) or 16 digits; {digits} digits read. Copy the NPWP again from the card or registration letter; if it comes from Excel, format the column as Text.',
  },
  NPWP_PLACEHOLDER: {
    id: 'NPWP berisi nol semua: ini pengisi kosong, bukan NPWP. Isi NPWP yang benar atau kosongkan kolomnya.',
    en: 'The NPWP is all zeros: a filler, not an NPWP. Enter the real NPWP or leave the field empty.',
  },
  NIB_FORMAT: {
    id: 'NIB harus tepat 13 digit angka; terbaca {digits} digit. Salin ulang NIB dari OSS; jika dari Excel, format kolomnya sebagai Teks agar angka 0 di depan tidak hilang.',
    en: 'An NIB must be exactly 13 digits; {digits} digits read. Copy the NIB again from OSS; if it comes from Excel, format the column as Text so leading zeros are kept.',
  },
  NPP_FORMAT: {
    id: 'NPP harus tepat 8 digit angka; terbaca {digits} digit. Periksa NPP perusahaan; jika dari Excel, format kolomnya sebagai Teks agar angka 0 di depan tidak hilang.',
    en: 'An NPP must be exactly 8 digits; {digits} digits read. Check the company’s NPP; if it comes from Excel, format the column as Text so leading zeros are kept.',
  },
  KPJ_FORMAT: {
    id: 'Nomor KPJ biasanya 11 digit angka; terbaca {digits} digit. Periksa nomor pada kartu peserta.',
    en: 'A KPJ number usually has 11 digits; {digits} digits read. Check the number on the participant card.',
  },
};
