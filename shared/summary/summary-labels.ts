import type { BusinessScale } from '../domain/reference';
import type { GapCode } from '../gaps/gap-types';
import type { SummaryFollowUpStatus } from './summary-types';

/** Indonesian labels for files that leave the desk (the Excel export); the screen uses its i18n strings. */
export const GAP_LABEL_ID: Record<GapCode, string> = {
  PDS_TK: 'PDS Tenaga Kerja',
  PDS_UPAH: 'PDS Upah',
  PDS_PROGRAM: 'PDS Program',
  PWBD: 'PWBD',
  JAKON_TERLAMBAT: 'Jakon terlambat daftar',
  PROGRAM_LEBIH_KUOTA: 'Program APBD lebih kuota',
};

export const SCALE_LABEL_ID: Record<BusinessScale, string> = { mikro: 'Mikro', kecil: 'Kecil', menengah: 'Menengah', besar: 'Besar' };

export const FOLLOWUP_LABEL_ID: Record<SummaryFollowUpStatus, string> = {
  belum: 'Belum ditindaklanjuti',
  baru: 'Baru',
  dihubungi: 'Dihubungi',
  teguran_1: 'Teguran tertulis 1',
  teguran_2: 'Teguran tertulis 2',
  denda: 'Denda',
  tmp2t: 'Permintaan TMP2T ke pemerintah daerah',
  selesai: 'Selesai',
};

export const SEGMENT_LABEL_ID = { PU: 'Penerima Upah (PU)', BPU: 'Bukan Penerima Upah (BPU)', JAKON: 'Jasa Konstruksi (Jakon)' } as const;
