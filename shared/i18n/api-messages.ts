import type { MessageCatalogue } from './message-types';

export const apiMessages: MessageCatalogue = {
  BAD_ARGUMENT: {
    id: 'Data yang dikirim tidak lengkap atau salah bentuk: {detail}.',
    en: 'The request is incomplete or malformed: {detail}.',
  },
  UNKNOWN_HANDLER: { id: 'Perintah tidak dikenal: {name}.', en: 'Unknown command: {name}.' },
  INTERNAL: {
    id: 'Terjadi kesalahan di aplikasi. Data tidak diubah. Coba lagi atau hubungi admin.',
    en: 'Something went wrong in the app. Nothing was changed. Try again or contact the admin.',
  },
  VALIDATION: {
    id: 'Periksa kembali isian yang ditandai.',
    en: 'Check the highlighted fields.',
  },
  DB_TOO_NEW: {
    id: 'Berkas data dibuat oleh versi Sigap yang lebih baru (skema {found}, aplikasi ini {supported}). Perbarui aplikasi; berkas tidak diubah.',
    en: 'The data file was written by a newer Sigap (schema {found}, this app {supported}). Update the app; the file was not changed.',
  },
  EMPLOYER_NOT_FOUND: {
    id: 'Perusahaan dengan NPP {npp} tidak ditemukan.',
    en: 'No employer with NPP {npp}.',
  },
  EMPLOYER_EXISTS: {
    id: 'NPP {npp} sudah terdaftar atas nama {name}. Buka data itu untuk mengubahnya.',
    en: 'NPP {npp} is already registered to {name}. Open that record to change it.',
  },
  WORKER_NOT_FOUND: { id: 'Tenaga kerja dengan NIK ini tidak ditemukan.', en: 'No worker with this NIK.' },
  MEMBERSHIP_NOT_FOUND: { id: 'Kepesertaan #{id} tidak ditemukan.', en: 'Membership #{id} not found.' },
  ALREADY_ENROLLED: {
    id: 'NIK ini sudah aktif di perusahaan ini sejak {startDate}. Ubah data kepesertaan yang ada.',
    en: 'This NIK is already active with this employer since {startDate}. Edit the existing membership.',
  },
  REGION_UNKNOWN: {
    id: 'Kode wilayah {code} tidak dikenal. Pilih kabupaten/kota dari daftar.',
    en: 'Unknown region code {code}. Pick a regency/city from the list.',
  },
  BRANCH_UNKNOWN: { id: 'Kantor cabang {code} tidak dikenal.', en: 'Unknown branch office {code}.' },
  NO_BRANCH_FOR_REGENCY: {
    id: 'Belum ada kantor cabang untuk wilayah {code}. Atur tabel cabang ↔ wilayah atau pilih cabang.',
    en: 'No branch serves region {code}. Set the branch ↔ region table or choose a branch.',
  },
  START_DATE_INVALID: {
    id: 'Tanggal mulai kerja {date} tidak valid atau sebelum tanggal lahir.',
    en: 'Start date {date} is invalid or before the birth date.',
  },
  END_DATE_INVALID: {
    id: 'Tanggal berhenti {date} harus pada atau setelah tanggal mulai {startDate}.',
    en: 'End date {date} must be on or after the start date {startDate}.',
  },
  WAGE_BELOW_MINIMUM: {
    id: 'Upah {wage} di bawah {kind} {region} {year} ({minimum}). Pastikan upah yang dilaporkan sesuai upah sebenarnya.',
    en: 'Wage {wage} is below the {year} {kind} of {region} ({minimum}). Make sure the reported wage is the real wage.',
  },
  WORKER_DATA_DIFFERS: {
    id: 'NIK ini sudah terdaftar dengan data berbeda ({field}). Data yang ada dipakai; ubah lewat menu Tenaga Kerja bila perlu.',
    en: 'This NIK is already registered with different data ({field}). The stored data is kept; edit it from the Worker screen if needed.',
  },
  NOT_FOUND: { id: 'Alamat tidak ditemukan.', en: 'Not found.' },
  UNAUTHORIZED: { id: 'Token akses tidak ada atau salah. Buka alamat lengkap yang dicetak saat aplikasi dimulai.', en: 'Missing or wrong access token. Open the full address printed at start-up.' },
  FORBIDDEN_HOST: { id: 'Permintaan ditolak: alamat host tidak diizinkan.', en: 'Request refused: host not allowed.' },
  BODY_TOO_LARGE: { id: 'Permintaan terlalu besar (maks. {limit}).', en: 'Request too large (max {limit}).' },
};
