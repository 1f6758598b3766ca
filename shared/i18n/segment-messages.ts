import type { MessageCatalogue } from './message-types';

/** BPU enrolment, funded programmes (pekerja rentan, APBD) and construction projects (Jakon). */
export const segmentMessages: MessageCatalogue = {
  BPU_RATE_MISSING: { id: 'Tarif BPU untuk bulan {period} belum ada di data acuan.', en: 'The reference data has no BPU rates for {period}.' },
  BPU_INCOME_TOO_LOW: {
    id: 'Penghasilan yang dilaporkan di bawah tingkat terendah (Rp {minimum}).',
    en: 'The declared income is below the lowest bracket (Rp {minimum}).',
  },
  BPU_PROGRAM_NOT_ALLOWED: {
    id: 'Program {program} tidak tersedia bagi peserta BPU (hanya JKK, JKM dan JHT).',
    en: 'Program {program} is not open to BPU participants (only JKK, JKM and JHT).',
  },
  BPU_PROGRAMS_REQUIRED: { id: 'JKK dan JKM wajib bagi peserta BPU.', en: 'JKK and JKM are mandatory for BPU participants.' },
  BPU_INTERVAL_INVALID: { id: 'Cara bayar {value} bulan tidak dikenal: pilih 1, 3, 6 atau 12 bulan.', en: 'Payment interval {value} is not offered: choose 1, 3, 6 or 12 months.' },
  BPU_ALREADY_ENROLLED: {
    id: 'NIK ini sudah menjadi peserta BPU aktif sejak {startDate}.',
    en: 'This NIK is already an active BPU participant since {startDate}.',
  },
  BPU_ALSO_PU: {
    id: 'Orang ini juga peserta penerima upah aktif di {employer}: keduanya boleh berjalan bersamaan.',
    en: 'This person is also an active wage earner with {employer}: both memberships may run at the same time.',
  },
  FUNDER_CODE_INVALID: {
    id: 'Kode pemberi dana {code} tidak valid: kode kabupaten/kota (64.09) untuk Pemkab/Pemkot atau kode provinsi (64) untuk Pemprov.',
    en: 'Funder code {code} is invalid: a regency/city code (64.09) for a Pemkab/Pemkot or a province code (64) for a Pemprov.',
  },
  FUNDER_UNKNOWN: { id: 'Wilayah pemberi dana {code} tidak dikenal.', en: 'The funder area {code} is unknown.' },
  PROGRAMME_MONTHS_INVALID: { id: 'Bulan yang ditanggung tidak valid ({from} – {to}); tulis YYYY-MM..YYYY-MM.', en: 'Invalid months covered ({from} – {to}); write YYYY-MM..YYYY-MM.' },
  PROGRAMME_MONTHS_OUTSIDE_YEAR: {
    id: 'Bulan yang ditanggung harus di dalam tahun anggaran {year}.',
    en: 'The months covered must lie within budget year {year}.',
  },
  PROGRAMME_QUOTA_INVALID: { id: 'Kuota orang harus bilangan bulat ≥ 1 ({value}).', en: 'The quota must be a whole number ≥ 1 ({value}).' },
  PROGRAMME_MONTHLY_INVALID: { id: 'Iuran per orang per bulan harus rupiah bulat ≥ 1 ({value}).', en: 'The contribution per person per month must be whole rupiah ≥ 1 ({value}).' },
  PROGRAMME_NOT_FOUND: { id: 'Program pendanaan #{id} tidak ditemukan.', en: 'Funded programme #{id} not found.' },
  FUNDED_ELSEWHERE: {
    id: 'Orang ini sudah ditanggung {funder} ({programme}) untuk bulan yang sama: pembayaran ganda.',
    en: 'This person is already paid for by {funder} ({programme}) for the same months: a double payment.',
  },
  ACTIVE_PU: {
    id: 'Orang ini peserta penerima upah aktif di {employer}: seharusnya ditanggung pemberi kerja. Mohon ditinjau pemberi dana.',
    en: 'This person is an active wage earner with {employer}: the employer should cover them. For the funder to review.',
  },
  OVER_QUOTA: {
    id: 'Orang yang diterima ({people}) melebihi kuota program ({quota}).',
    en: 'Accepted people ({people}) exceed the programme quota ({quota}).',
  },
  FUNDED_IMPORT_NOT_FOUND: { id: 'Impor daftar pendanaan #{id} tidak ditemukan.', en: 'Funded-list import #{id} not found.' },
  FUNDED_IMPORT_ALREADY_UNDONE: { id: 'Impor daftar pendanaan #{id} sudah dibatalkan.', en: 'Funded-list import #{id} was already undone.' },
  JAKON_VALUE_INVALID: { id: 'Nilai kontrak harus rupiah bulat > 0.', en: 'The contract value must be whole rupiah > 0.' },
  JAKON_DATES_INVALID: {
    id: 'Tanggal proyek tidak runtut: SPK {spk}, mulai {start}, selesai {end}.',
    en: 'Project dates are out of order: SPK {spk}, start {start}, end {end}.',
  },
  JAKON_RATE_MISSING: { id: 'Tarif Jakon untuk SPK {date} belum ada di data acuan.', en: 'The reference data has no Jakon rates for an SPK of {date}.' },
  JAKON_PROJECT_NOT_FOUND: { id: 'Proyek Jakon #{id} tidak ditemukan.', en: 'Jakon project #{id} not found.' },
  JAKON_PROJECT_ENDED: { id: 'Proyek ini sudah selesai pada {date}.', en: 'This project ended on {date}.' },
  JAKON_WORKER_ALREADY: { id: 'Orang ini sudah terdaftar aktif di proyek ini.', en: 'This person is already active on this project.' },
  GAP_JAKON_TERLAMBAT: {
    id: 'Proyek {project} didaftarkan {days} hari kerja setelah SPK {spkDate} (batas 14 hari kerja).',
    en: 'Project {project} was registered {days} working days after its work order of {spkDate} (limit 14 working days).',
  },
};
