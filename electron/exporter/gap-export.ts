import type { Gap, PdsUpahEvidence } from '../../shared/gaps/gap-types';
import type { FileDownload } from '../../shared/import/types';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { buildWorkbook, type ExportColumn } from './export-workbook';
import { logExport } from './exports';

interface GapRow {
  gap: Gap;
  /** Branch head only: the NIKs of the workers registered under the minimum or payroll wage (PDS_UPAH). */
  niks: string;
}

const COLUMNS: ExportColumn<GapRow>[] = [
  { header: 'Kode', type: 'text', width: 12, value: (r) => r.gap.code },
  { header: 'NPP', type: 'id', width: 10, value: (r) => r.gap.npp },
  { header: 'Nama', type: 'text', width: 36, value: (r) => r.gap.name },
  { header: 'Cabang', type: 'text', width: 8, value: (r) => r.gap.branchCode },
  { header: 'Kab/Kota', type: 'id', width: 8, value: (r) => r.gap.regencyCode },
  { header: 'Skala', type: 'text', width: 10, value: (r) => r.gap.scale },
  { header: 'Tingkat', type: 'text', width: 8, value: (r) => r.gap.severity },
  { header: 'Perkiraan kekurangan iuran per bulan (Rp)', type: 'money', width: 16, value: (r) => r.gap.estimatedMonthlyShortfall },
  { header: 'Penjelasan', type: 'text', width: 60, value: (r) => r.gap.explanation },
  { header: 'Dasar hukum', type: 'text', width: 30, value: (r) => r.gap.basis },
  { header: 'Status tindak lanjut', type: 'text', width: 14, value: (r) => r.gap.followUp?.status ?? 'baru' },
];

const NIK_COLUMN: ExportColumn<GapRow> = { header: 'NIK TK di bawah upah', type: 'text', width: 40, value: (r) => r.niks };

export interface GapExportRequest {
  period: string;
  filters: Record<string, string | undefined>;
  /** The branch head: the file may carry NIKs (UU 27/2022). */
  personal: boolean;
  user: string;
  mode: string;
  today: Date;
}

/**
 * The gap list as the screen shows it (same filters and order), one row per finding. Text cells are
 * neutralised against formulas by the workbook builder; every export is an audit entry.
 */
export function exportGaps(db: Db, gaps: readonly Gap[], req: GapExportRequest): FileDownload {
  const nikOf = stmt(db, 'SELECT w.nik FROM memberships m JOIN workers w ON w.id = m.worker_id WHERE m.id = ?').pluck();
  const rows: GapRow[] = gaps.map((gap) => ({
    gap,
    niks:
      req.personal && gap.code === 'PDS_UPAH'
        ? (gap.evidence as PdsUpahEvidence).workers.map((w) => nikOf.get(w.membershipId) as string | undefined).filter(Boolean).join(', ')
        : '',
  }));
  const columns = req.personal ? [...COLUMNS, NIK_COLUMN] : COLUMNS;
  const fileName = `temuan-${req.period}-${req.today.toISOString().slice(0, 10)}.xlsx`;
  const bytes = buildWorkbook('Temuan', columns, rows);
  const hasNik = rows.some((r) => r.niks !== '');
  logExport(db, { kind: 'gaps', fileName, rows: rows.length, hasNik, hasWage: false, user: req.user, mode: req.mode, detail: { period: req.period, ...req.filters } });
  return { fileName, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', dataBase64: bytes.toString('base64'), rows: rows.length };
}
