import { appendAudit } from '../store/audit';
import { formatNpwp } from '../../shared/format/npwp-format';
import type { Db } from '../db/open';
import { nowIso, splitCodes, stmt } from '../db/statements';
import { AppError } from '../errors/app-error';
import type { FileDownload } from '../../shared/import/types';
import { normaliseNpp } from '../../shared/validate/npp';
import { getEmployer } from '../store/employers';
import { buildWorkbook, type ExportColumn } from './export-workbook';

interface WorkerExportRow {
  npp: string;
  nik: string;
  name: string;
  birth_date: string;
  gender: string;
  kpj: string | null;
  wage: number;
  start_date: string;
  end_date: string | null;
  status: string;
}

interface EmployerExportRow {
  npp: string;
  name: string;
  npwp: string | null;
  nib: string | null;
  regency_code: string;
  regency_name: string;
  address: string;
  scale: string;
  reported_headcount: number;
  risk_group: number;
  programs: string;
  branch_code: string;
  active_workers: number;
}

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V'];

// The headers are the importer's synonyms, so an exported file imports back as it is.
const WORKER_COLUMNS: ExportColumn<WorkerExportRow>[] = [
  { header: 'NPP', type: 'id', width: 10, value: (r) => r.npp },
  { header: 'NIK', type: 'id', width: 19, value: (r) => r.nik },
  { header: 'Nama', type: 'text', width: 30, value: (r) => r.name },
  { header: 'Tanggal Lahir', type: 'date', width: 13, value: (r) => r.birth_date },
  { header: 'Jenis Kelamin', type: 'text', width: 8, value: (r) => r.gender },
  { header: 'KPJ', type: 'id', width: 13, value: (r) => r.kpj },
  { header: 'Upah', type: 'money', width: 14, value: (r) => r.wage },
  { header: 'TMT Kerja', type: 'date', width: 13, value: (r) => r.start_date },
  { header: 'Tanggal Berhenti', type: 'date', width: 13, value: (r) => r.end_date },
  { header: 'Status', type: 'text', width: 10, value: (r) => r.status },
];

const EMPLOYER_COLUMNS: ExportColumn<EmployerExportRow>[] = [
  { header: 'NPP', type: 'id', width: 10, value: (r) => r.npp },
  { header: 'Nama Perusahaan', type: 'text', width: 36, value: (r) => r.name },
  { header: 'NPWP', type: 'id', width: 21, value: (r) => (r.npwp ? formatNpwp(r.npwp) : null) },
  { header: 'NIB', type: 'id', width: 15, value: (r) => r.nib },
  { header: 'Kode Wilayah', type: 'id', width: 8, value: (r) => r.regency_code },
  { header: 'Kabupaten/Kota', type: 'text', width: 20, value: (r) => r.regency_name },
  { header: 'Alamat', type: 'text', width: 40, value: (r) => r.address },
  { header: 'Skala Usaha', type: 'text', width: 10, value: (r) => r.scale },
  { header: 'Jumlah Tenaga Kerja', type: 'integer', width: 10, value: (r) => r.reported_headcount },
  { header: 'Kelompok Risiko', type: 'text', width: 8, value: (r) => ROMAN[r.risk_group] ?? String(r.risk_group) },
  { header: 'Program', type: 'text', width: 20, value: (r) => splitCodes(r.programs).join(', ') },
  { header: 'Kantor Cabang', type: 'text', width: 8, value: (r) => r.branch_code },
  { header: 'TK Aktif', type: 'integer', width: 8, value: (r) => r.active_workers },
];

export interface ExportRequest {
  what: 'workers' | 'employers';
  npp?: string;
  status?: 'aktif' | 'nonaktif';
  branchCode?: string;
  regencyCode?: string;
  user: string;
  mode: string;
  today: Date;
}

/** Records an export; every export carrying NIK or wages must be traceable to who made it (UU 27/2022). */
/** Every export is logged; one carrying NIK or wages is personal data leaving the app (UU 27/2022). */
export function logExport(
  db: Db,
  e: { kind: string; npp?: string | null; fileName: string; rows: number; hasNik: boolean; hasWage: boolean; user: string; mode: string; detail?: object },
): void {
  stmt(
    db,
    `INSERT INTO export_log (kind, npp, file_name, row_count, has_nik, has_wage, user_name, mode, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(e.kind, e.npp ?? null, e.fileName, e.rows, e.hasNik ? 1 : 0, e.hasWage ? 1 : 0, e.user, e.mode, nowIso());
  appendAudit(db, {
    action: 'export',
    entity: e.kind,
    entityId: e.npp ?? null,
    actor: e.user,
    detail: { fileName: e.fileName, rows: e.rows, hasNik: e.hasNik, hasWage: e.hasWage, ...e.detail },
  });
}

const stamp = (d: Date): string => d.toISOString().slice(0, 10);

export function createExport(db: Db, req: ExportRequest): FileDownload {
  const mimeType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (req.what === 'workers') {
    const npp = req.npp ? normaliseNpp(req.npp) : null;
    if (npp && !getEmployer(db, npp)) throw new AppError('EMPLOYER_NOT_FOUND', { npp });
    const rows = stmt(
      db,
      `SELECT m.npp, w.nik, w.name, w.birth_date, w.gender, w.kpj, m.wage, m.start_date, m.end_date, m.status
       FROM memberships m JOIN workers w ON w.id = m.worker_id JOIN employers e ON e.npp = m.npp
       WHERE (@npp IS NULL OR m.npp = @npp) AND (@status IS NULL OR m.status = @status)
         AND (@branch IS NULL OR e.branch_code = @branch)
       ORDER BY m.npp, w.name, w.nik`,
    ).all({ npp, status: req.status ?? null, branch: req.branchCode ?? null }) as WorkerExportRow[];
    const fileName = `tenaga-kerja-${npp ?? 'semua'}-${stamp(req.today)}.xlsx`;
    const bytes = buildWorkbook('Tenaga Kerja', WORKER_COLUMNS, rows);
    logExport(db, { kind: 'workers', npp, fileName, rows: rows.length, hasNik: true, hasWage: true, user: req.user, mode: req.mode });
    return { fileName, mimeType, dataBase64: bytes.toString('base64'), rows: rows.length };
  }
  const rows = stmt(
    db,
    `SELECT e.npp, e.name, e.npwp, e.nib, e.regency_code, r.name AS regency_name, e.address, e.scale,
       e.reported_headcount, e.risk_group, e.programs, e.branch_code,
       (SELECT count(*) FROM memberships m WHERE m.npp = e.npp AND m.status = 'aktif') AS active_workers
     FROM employers e JOIN regions r ON r.code = e.regency_code
     WHERE (@branch IS NULL OR e.branch_code = @branch) AND (@regency IS NULL OR e.regency_code = @regency)
     ORDER BY e.name COLLATE NOCASE, e.npp`,
  ).all({ branch: req.branchCode ?? null, regency: req.regencyCode ?? null }) as EmployerExportRow[];
  const fileName = `perusahaan-${stamp(req.today)}.xlsx`;
  const bytes = buildWorkbook('Perusahaan', EMPLOYER_COLUMNS, rows);
  logExport(db, { kind: 'employers', fileName, rows: rows.length, hasNik: false, hasWage: false, user: req.user, mode: req.mode });
  return { fileName, mimeType, dataBase64: bytes.toString('base64'), rows: rows.length };
}
