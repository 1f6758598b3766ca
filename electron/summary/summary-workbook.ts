import * as XLSX from 'xlsx';
import { formatDateShort, formatPeriod } from '../../shared/format/id-format';
import { GAP_CODES } from '../../shared/gaps/gap-types';
import { FOLLOWUP_LABEL_ID, GAP_LABEL_ID, SCALE_LABEL_ID, SEGMENT_LABEL_ID } from '../../shared/summary/summary-labels';
import type { BranchSummary } from '../../shared/summary/summary-types';
import { freezeHeaderRow } from '../exporter/freeze-header';
import { neutraliseText } from '../exporter/neutralise';

type Kind = 'id' | 'text' | 'integer' | 'money' | 'percent' | 'year';
/** A value may carry its own kind where one column mixes them (the key figures sheet). */
type Value = string | number | null | { v: number | null; kind: Kind };

interface Column {
  header: string;
  kind: Kind;
  width: number;
}

interface Table {
  sheet: string;
  columns: Column[];
  rows: Value[][];
}

// Locale-neutral codes: an Indonesian Excel shows #,##0 as 3.500.000 and 0.00% as 58,95%.
const FORMAT: Partial<Record<Kind, string>> = { integer: '#,##0', money: '#,##0', percent: '0.00%', year: '0' };

function cell(kind: Kind, value: Value): XLSX.CellObject | undefined {
  if (value !== null && typeof value === 'object') return cell(value.kind, value.v);
  if (value === null || value === '') return undefined;
  if (typeof value === 'number' && kind !== 'id' && kind !== 'text') {
    return { t: 'n', v: kind === 'percent' ? value / 100 : value, z: FORMAT[kind] };
  }
  // Identifiers stay text (NPP keeps its leading zeros); any other text is neutralised against formulas.
  return { t: 's', v: kind === 'id' ? String(value) : neutraliseText(String(value)) };
}

function sheetOf(t: Table): XLSX.WorkSheet {
  const data = [t.columns.map((c) => ({ t: 's', v: c.header }) as XLSX.CellObject), ...t.rows.map((r) => t.columns.map((c, i) => cell(c.kind, r[i] ?? null)))];
  const range = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: t.rows.length, c: t.columns.length - 1 } });
  return { '!data': data as XLSX.CellObject[][], '!ref': range, '!cols': t.columns.map((c) => ({ wch: c.width })), '!autofilter': { ref: range } };
}

const col = (header: string, kind: Kind, width: number): Column => ({ header, kind, width });

/** The summary's tables as they appear on the printed page, one sheet per table. */
export function summaryTables(s: BranchSummary): Table[] {
  const area = s.coverage.area;
  const scopeName = s.scope.kind === 'branch' ? `Kantor Cabang ${s.scope.name}` : `Provinsi ${s.scope.name}`;
  return [
    {
      sheet: 'Ringkasan',
      columns: [col('Keterangan', 'text', 44), col('Nilai', 'text', 22), col('Catatan', 'text', 60)],
      rows: [
        ['Wilayah', scopeName, null],
        ['Periode', formatPeriod(s.period), s.period],
        ['Tanggal data', formatDateShort(s.generatedAt.slice(0, 10)), null],
        ['Peserta aktif', { v: s.participants.total, kind: 'integer' }, null],
        ['Angkatan kerja (bekerja)', { v: area.workforce, kind: 'integer' }, area.workforce === null ? 'belum ada data' : null],
        ['Cakupan kepesertaan', { v: area.percent, kind: 'percent' }, area.source ? `Sumber: ${area.source} (${area.workforceYear})` : 'belum ada data angkatan kerja'],
        ['Perusahaan terdaftar', { v: s.employers.total, kind: 'integer' }, null],
        ['Jumlah temuan', { v: s.gaps.total.count, kind: 'integer' }, null],
        ['Perkiraan kekurangan iuran per bulan (Rp)', { v: Math.round(s.gaps.total.shortfall), kind: 'money' }, null],
        ['Kepesertaan baru dalam periode', { v: s.registrations.inPeriod, kind: 'integer' }, null],
        ['Impor dalam periode', { v: s.imports.count, kind: 'integer' }, s.imports.undone ? `${s.imports.undone} dibatalkan` : null],
      ],
    },
    {
      sheet: 'Peserta per segmen',
      columns: [col('Segmen', 'text', 30), col('Peserta aktif', 'integer', 14)],
      rows: s.participants.bySegment.map((r) => [SEGMENT_LABEL_ID[r.segment], r.count]),
    },
    {
      sheet: 'Cakupan per kab-kota',
      columns: [
        col('Kode wilayah', 'id', 10),
        col('Kabupaten/Kota', 'text', 26),
        col('Peserta aktif', 'integer', 14),
        col('Angkatan kerja', 'integer', 14),
        col('Cakupan', 'percent', 10),
        col('Tahun data', 'year', 10),
        col('Sumber', 'text', 60),
      ],
      rows: [...s.coverage.regencies, area].map((r) => [r.areaCode, r === area ? `Jumlah: ${area.name}` : r.name, r.participants, r.workforce, r.percent, r.workforceYear, r.source]),
    },
    {
      sheet: 'Perusahaan per skala',
      columns: [col('Skala usaha', 'text', 14), col('Perusahaan', 'integer', 12), col('Peserta aktif', 'integer', 14), col('Perusahaan dengan temuan', 'integer', 14)],
      rows: s.employers.byScale.map((r) => [SCALE_LABEL_ID[r.scale], r.employers, r.participants, r.withGaps]),
    },
    {
      sheet: 'Temuan per jenis',
      columns: [col('Jenis temuan', 'text', 22), col('Jumlah', 'integer', 10), col('Perkiraan kekurangan iuran per bulan (Rp)', 'money', 22)],
      rows: [
        ...GAP_CODES.map((c) => [GAP_LABEL_ID[c], s.gaps.byKind[c].count, Math.round(s.gaps.byKind[c].shortfall)]),
        ['Jumlah', s.gaps.total.count, Math.round(s.gaps.total.shortfall)],
      ],
    },
    {
      sheet: 'Temuan per kab-kota',
      columns: [
        col('Kode wilayah', 'id', 10),
        col('Kabupaten/Kota', 'text', 26),
        ...GAP_CODES.map((c) => col(GAP_LABEL_ID[c], 'integer', 12)),
        col('Jumlah temuan', 'integer', 12),
        col('Perkiraan kekurangan iuran per bulan (Rp)', 'money', 22),
      ],
      rows: s.gaps.byRegency.map((r) => [r.regencyCode, r.name, ...GAP_CODES.map((c) => r.byKind[c].count), r.total.count, Math.round(r.total.shortfall)]),
    },
    {
      sheet: '20 kekurangan terbesar',
      columns: [
        col('No', 'integer', 5),
        col('NPP', 'id', 10),
        col('Nama perusahaan', 'text', 40),
        col('Kabupaten/Kota', 'text', 22),
        col('Jenis temuan', 'text', 30),
        col('Perkiraan kekurangan iuran per bulan (Rp)', 'money', 22),
        col('Status tindak lanjut', 'text', 22),
      ],
      rows: s.topEmployers.map((e, i) => [
        i + 1,
        e.npp ?? 'belum terdaftar',
        e.name,
        e.regencyName,
        e.kinds.map((k) => GAP_LABEL_ID[k]).join(', '),
        Math.round(e.shortfall),
        FOLLOWUP_LABEL_ID[e.followUp],
      ]),
    },
    {
      sheet: 'Pendaftaran per bulan',
      columns: [col('Bulan', 'text', 18), col('Kepesertaan baru', 'integer', 16)],
      rows: s.registrations.byMonth.map((m) => [formatPeriod(m.period), m.count]),
    },
    {
      sheet: 'Impor',
      columns: [
        col('No impor', 'integer', 9),
        col('Tanggal', 'text', 12),
        col('Jenis', 'text', 16),
        col('NPP', 'id', 10),
        col('Perusahaan', 'text', 34),
        col('Berkas', 'text', 34),
        col('Baris diterima', 'integer', 12),
        col('Baru', 'integer', 10),
        col('Diperbarui', 'integer', 10),
        col('Status', 'text', 12),
      ],
      rows: s.imports.lines.map((i) => [
        i.id,
        formatDateShort(i.createdAt.slice(0, 10)),
        i.kind === 'roster' ? 'Daftar TK' : 'Daftar perusahaan',
        i.npp,
        i.employerName,
        i.fileName,
        i.accepted,
        i.inserted,
        i.updated,
        i.undone ? 'Dibatalkan' : 'Berlaku',
      ]),
    },
    {
      sheet: 'Tindak lanjut',
      columns: [col('Status tindak lanjut', 'text', 26), col('Jumlah temuan', 'integer', 14)],
      rows: s.followUps.map((f) => [FOLLOWUP_LABEL_ID[f.status], f.count]),
    },
  ];
}

/** One workbook, one sheet per table, header rows frozen (the exporter's own helper). */
export function summaryWorkbook(s: BranchSummary): { bytes: Buffer; sheets: number } {
  const tables = summaryTables(s);
  const book = XLSX.utils.book_new();
  for (const t of tables) XLSX.utils.book_append_sheet(book, sheetOf(t), t.sheet);
  const written = XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
  return { bytes: freezeHeaderRow(written), sheets: tables.length };
}
