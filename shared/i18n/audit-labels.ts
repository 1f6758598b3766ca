import type { Locale } from './message-types';

/** Audit-trail actions and entities in words: one list for the screen, its filters and the Excel export. */
export const AUDIT_ACTION_LABELS: Record<Locale, Record<string, string>> = {
  id: {
    create: 'Tambah',
    update: 'Ubah',
    delete: 'Hapus',
    import: 'Impor',
    undo: 'Batalkan impor',
    export: 'Ekspor',
    signin: 'Masuk',
    signin_failed: 'Gagal masuk',
    signin_refused: 'Masuk ditolak (akun terkunci)',
    signout: 'Keluar',
    backup: 'Cadangan',
    restore: 'Pemulihan',
    seed: 'Data demo',
  },
  en: {
    create: 'Create',
    update: 'Update',
    delete: 'Delete',
    import: 'Import',
    undo: 'Undo import',
    export: 'Export',
    signin: 'Sign-in',
    signin_failed: 'Failed sign-in',
    signin_refused: 'Sign-in refused (account locked)',
    signout: 'Sign-out',
    backup: 'Backup',
    restore: 'Restore',
    seed: 'Demo data',
  },
};

export const AUDIT_ENTITY_LABELS: Record<Locale, Record<string, string>> = {
  id: {
    employer: 'Perusahaan',
    employers: 'Daftar perusahaan',
    worker: 'Tenaga kerja',
    workers: 'Daftar tenaga kerja',
    membership: 'Kepesertaan',
    staff: 'Pengguna',
    import: 'Impor',
    store: 'Basis data',
    audit: 'Jejak audit',
    summary: 'Ringkasan cabang',
    demo: 'Data demo',
  },
  en: {
    employer: 'Employer',
    employers: 'Employer list',
    worker: 'Worker',
    workers: 'Worker list',
    membership: 'Membership',
    staff: 'User',
    import: 'Import',
    store: 'Database',
    audit: 'Audit trail',
    summary: 'Branch summary',
    demo: 'Demo data',
  },
};
