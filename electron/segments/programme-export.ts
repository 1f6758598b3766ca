import type { FileDownload } from '../../shared/import/types';
import { fundedBill } from '../../shared/segments/funded';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';
import { AppError } from '../errors/app-error';
import { buildWorkbook, type ExportColumn } from '../exporter/export-workbook';
import { logExport } from '../exporter/exports';
import { getProgramme } from '../store/funded-programmes';

interface MemberRow {
  nik: string;
  name: string;
  birth_date: string;
  occupation: string;
  village: string;
}

const MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A programme's member list, or the funder's bill. The list carries NIK only for the branch head (UU 27/2022,
 * as the other exports); text cells are neutralised against formulas by buildWorkbook; every export is logged.
 */
export function programmeExport(
  db: Db,
  req: { programmeId: number; what: 'list' | 'bill'; withNik: boolean; user: string; mode: string; today: Date },
): FileDownload {
  const p = getProgramme(db, req.programmeId);
  if (!p) throw new AppError('PROGRAMME_NOT_FOUND', { id: req.programmeId });
  const stamp = req.today.toISOString().slice(0, 10);
  if (req.what === 'bill') {
    const bill = fundedBill({ people: p.members, monthlyPerPerson: p.monthlyContribution, monthFrom: p.monthFrom, monthTo: p.monthTo, quota: p.quota });
    const rows = [
      ['Pemberi dana', p.funderName],
      ['Program', p.name],
      ['Tahun anggaran', p.year],
      ['Tahap', p.tranche === 'murni' ? 'APBD murni' : 'APBD Perubahan'],
      ['Bulan ditanggung', `${p.monthFrom} s.d. ${p.monthTo}`],
      ['Jumlah peserta', bill.people],
      ['Kuota', bill.quota],
      ['Iuran per orang per bulan (JKK + JKM)', bill.monthlyPerPerson],
      ['Tagihan per bulan', bill.perMonth],
      ['Jumlah bulan', bill.months],
      ['Tagihan seluruhnya', bill.total],
    ] as [string, string | number][];
    const columns: ExportColumn<[string, string | number]>[] = [
      { header: 'Uraian', type: 'text', width: 40, value: (r) => r[0] },
      { header: 'Nilai', type: 'text', width: 30, value: (r) => (typeof r[1] === 'number' ? r[1].toLocaleString('id-ID') : r[1]) },
    ];
    const fileName = `tagihan-program-${p.id}-${stamp}.xlsx`;
    const bytes = buildWorkbook('Tagihan', columns, rows);
    logExport(db, { kind: 'funded_bill', fileName, rows: rows.length, hasNik: false, hasWage: false, user: req.user, mode: req.mode, detail: { programmeId: p.id } });
    return { fileName, mimeType: MIME, dataBase64: bytes.toString('base64'), rows: rows.length };
  }
  const rows = stmt(
    db,
    `SELECT w.nik, w.name, w.birth_date, f.occupation, f.village FROM funded_members f JOIN workers w ON w.id = f.worker_id
     WHERE f.programme_id = ? ORDER BY w.name, w.nik`,
  ).all(p.id) as MemberRow[];
  const columns: ExportColumn<MemberRow>[] = [
    ...(req.withNik ? [{ header: 'NIK', type: 'id', width: 20, value: (r: MemberRow) => r.nik } as ExportColumn<MemberRow>] : []),
    { header: 'Nama', type: 'text', width: 30, value: (r) => r.name },
    { header: 'Tanggal Lahir', type: 'date', width: 14, value: (r) => r.birth_date },
    { header: 'Pekerjaan', type: 'text', width: 20, value: (r) => r.occupation },
    { header: 'Desa/Kelurahan', type: 'text', width: 24, value: (r) => r.village },
  ];
  const fileName = `peserta-program-${p.id}-${stamp}.xlsx`;
  const bytes = buildWorkbook('Peserta', columns, rows);
  logExport(db, { kind: 'funded_members', fileName, rows: rows.length, hasNik: req.withNik, hasWage: false, user: req.user, mode: req.mode, detail: { programmeId: p.id } });
  return { fileName, mimeType: MIME, dataBase64: bytes.toString('base64'), rows: rows.length };
}
