import type { MessageCatalogue } from './message-types';

export const syncMessages: MessageCatalogue = {
  SYNC_NOT_CONFIGURED: {
    id: 'Meja ini belum terhubung ke server cabang. Isi alamat server dan kunci meja (Sinkronisasi).',
    en: 'This desk is not connected to a branch server yet. Enter the server address and desk key (Sync).',
  },
  SYNC_UNREACHABLE: {
    id: 'Server cabang tidak dapat dihubungi ({detail}). Pekerjaan tetap tersimpan di meja ini dan dikirim saat tersambung.',
    en: 'The branch server cannot be reached ({detail}). Work stays saved on this desk and is sent once connected.',
  },
  SYNC_SERVER_UNAVAILABLE: {
    id: 'Server cabang sedang tidak dapat melayani (basis data pusat tidak tersedia). Coba lagi nanti; tidak ada data yang hilang.',
    en: 'The branch server cannot serve right now (central database unavailable). Try again later; no data is lost.',
  },
  SYNC_DESK_KEY_INVALID: { id: 'Kunci meja tidak dikenal server.', en: 'The server does not know this desk key.' },
  SYNC_DESK_REVOKED: { id: 'Kunci meja {desk} sudah dicabut. Minta kunci baru ke admin wilayah.', en: 'Desk key {desk} has been revoked. Ask the regional admin for a new key.' },
  SYNC_DESK_DUPLICATE: {
    id: 'Meja {desk} sudah dipakai oleh berkas data lain (salinan di PC lain?). Sinkronisasi ditolak; daftarkan meja baru untuk PC ini.',
    en: 'Desk {desk} is already used by another data file (a copy on another PC?). Sync refused; enrol a new desk for this PC.',
  },
  SYNC_DESK_EXISTS: { id: 'Meja {name} sudah terdaftar.', en: 'Desk {name} is already enrolled.' },
  SYNC_DESK_NAME: { id: 'Nama meja "{name}" tidak sah (huruf, angka, titik, garis).', en: 'Desk name "{name}" is not valid (letters, digits, dot, dash).' },
  SYNC_BRANCH_UNKNOWN: { id: 'Kode cabang "{branch}" tidak sah (atau * untuk kantor wilayah).', en: 'Branch code "{branch}" is not valid (or * for the regional office).' },
  SYNC_SEQ_GAP: { id: 'Urutan perubahan terputus (diharapkan {expected}, diterima {got}).', en: 'Change sequence broken (expected {expected}, got {got}).' },
  SYNC_SERVER_BEHIND: {
    id: 'Server mengenal lebih sedikit perubahan dari meja ini daripada yang sudah dikonfirmasi (server dipulihkan?). Hubungi admin wilayah.',
    en: 'The server knows fewer changes from this desk than it confirmed before (server restored?). Contact the regional admin.',
  },
  SYNC_PROTOCOL_MISMATCH: { id: 'Versi aplikasi meja dan server berbeda. Perbarui aplikasi.', en: 'Desk and server app versions differ. Update the app.' },
  SYNC_OUT_OF_SCOPE: { id: 'Data di luar cabang meja ini.', en: 'Data outside this desk’s branch.' },
  SYNC_UNKNOWN_EMPLOYER: { id: 'Perusahaan belum dikenal server.', en: 'Employer not known to the server.' },
  SYNC_ROW_DELETED: { id: 'Data sudah dihapus di meja lain.', en: 'The record was deleted at another desk.' },
  SYNC_CONFLICT_UNKNOWN: { id: 'Konflik tidak ditemukan.', en: 'Conflict not found.' },
  SYNC_CONFLICT_RESOLVED: { id: 'Konflik ini sudah diselesaikan.', en: 'This conflict is already resolved.' },
  SYNC_ENTITY_UNKNOWN: { id: 'Jenis data tidak dikenal.', en: 'Unknown kind of record.' },
  WORKER_IN_USE: { id: 'Tenaga kerja masih punya kepesertaan di meja lain; tidak dihapus.', en: 'The worker still has memberships elsewhere; not deleted.' },
  SERVER_SCHEMA_TOO_NEW: {
    id: 'Skema basis data pusat (versi {found}) lebih baru dari aplikasi ini (versi {supported}). Perbarui aplikasi; tidak ada yang diubah.',
    en: 'The central schema (version {found}) is newer than this app (version {supported}). Update the app; nothing was changed.',
  },
  SERVER_SCHEMA_OLD: {
    id: 'Skema basis data pusat versi {found}, aplikasi butuh {supported}. Jalankan "server init" dulu.',
    en: 'Central schema is version {found}, the app needs {supported}. Run "server init" first.',
  },
  SERVER_TLS_REQUIRED: {
    id: 'Alamat {host} dapat dijangkau dari jaringan: wajib TLS (--tls-cert, --tls-key) atau --insecure-lan.',
    en: 'Address {host} is reachable from the network: TLS is required (--tls-cert, --tls-key) or --insecure-lan.',
  },
  SERVER_TLS_INCOMPLETE: { id: 'TLS butuh --tls-cert dan --tls-key bersama.', en: 'TLS needs both --tls-cert and --tls-key.' },
  PAYLOAD_TOO_LARGE: { id: 'Kiriman terlalu besar.', en: 'Payload too large.' },
  NOT_FOUND: { id: 'Alamat tidak dikenal.', en: 'Unknown address.' },
};
