import type { ImportSkip } from '../../shared/gaps/gap-api-types';
import { PROSPECT_SOURCES, type ProspectSource } from '../../shared/gaps/gap-types';
import { normaliseHeader } from '../../shared/import/header-match';
import { cellText, parseWageValue, readIdentifier, type CellValue } from '../../shared/import/values';
import type { ListKind } from '../../shared/lists/list-types';
import { AppError } from '../errors/app-error';
import { detectHeader, type HeaderChoice } from '../importer/detect-header';
import { IMPORT_LIMITS } from '../importer/limits';
import { gridOf, loadWorkbook, type SheetGrid } from '../importer/read-workbook';

/**
 * Reads an outside list from a workbook: a licensing/OSS/WLKP company list, one employer's payroll, or a
 * table of workforce figures. Pure (no store): it runs in the parse worker and in the CLI alike. Names of
 * regencies and areas stay text here; the store side resolves them.
 */

// Headers the importer's field lists do not know: outside lists name the regency, not its code.
const EXTRA_HEADERS = {
  regency: ['kabupaten kota', 'kab kota', 'kabupaten', 'kota', 'lokasi', 'lokasi usaha', 'kab kota usaha', 'regency', 'kode wilayah', 'wilayah'],
  source: ['sumber', 'sumber data', 'source'],
  workers: ['jumlah tenaga kerja', 'jumlah tk', 'jml tk', 'tenaga kerja', 'jumlah pekerja', 'pekerja', 'jumlah karyawan', 'karyawan', 'workers', 'headcount'],
  allowance: ['tunjangan tetap', 'tunj tetap', 'fixed allowance'],
} as const;

const WORKFORCE_HEADERS = {
  area: ['kode wilayah', 'wilayah', 'kabupaten kota', 'kab kota', 'provinsi', 'daerah', 'area', 'region'],
  year: ['tahun', 'year'],
  employed: ['penduduk bekerja', 'jumlah bekerja', 'bekerja', 'angkatan kerja bekerja', 'employed', 'jumlah'],
  source: ['sumber', 'sumber data', 'source'],
  confirmed: ['resmi', 'status', 'angka resmi', 'confirmed'],
} as const;
type WorkforceColumn = keyof typeof WORKFORCE_HEADERS;

export interface ProspectFileRow {
  row: number;
  name: string;
  regency: string;
  nib: string | null;
  npwp: string | null;
  workers: number | null;
  address: string;
}
export interface PayrollFileRow {
  row: number;
  nik: string;
  name: string;
  wage: number;
}
export interface WorkforceFileRow {
  row: number;
  areaText: string;
  year: number;
  employed: number;
  source: string;
  confirmed: boolean;
}

interface Read<R> {
  sheet: string;
  /** 1-based, as Excel shows it. */
  headerRow: number;
  rows: R[];
  /** Rows left out, each with its reason (they are not errors of the whole file). */
  warnings: ImportSkip[];
}
export type ProspectFile = Read<ProspectFileRow> & { kind: 'prospects'; sourceCell: string };
export type PayrollFile = Read<PayrollFileRow> & { kind: 'payroll' };
export type WorkforceFile = Read<WorkforceFileRow> & { kind: 'workforce' };
export type ListFile = ProspectFile | PayrollFile | WorkforceFile;

interface Sheet {
  name: string;
  grid: SheetGrid;
  headerIndex: number;
  column(field: string): number | null;
}

function firstSheet(bytes: Uint8Array, maxRows: number): { name: string; grid: SheetGrid } {
  const { book } = loadWorkbook(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), maxRows);
  const name = book.SheetNames[0] ?? '';
  return { name, grid: gridOf(book, name) };
}

/**
 * The header row: the one among the first rows naming the most known columns, counting the importer's
 * fields and the headers only outside lists use (a list may hold just a name and a regency).
 */
function findHeader(grid: SheetGrid, kind: 'employers' | 'roster'): HeaderChoice | null {
  let best: { choice: HeaderChoice; score: number } | null = null;
  for (let r = 0; r < Math.min(grid.rows, IMPORT_LIMITS.headerScanRows); r++) {
    const choice = detectHeader(grid, kind, {}, r + 1);
    if (!choice) continue;
    const headers = choice.mapping.map((m) => normaliseHeader(m.header));
    const extra = Object.values(EXTRA_HEADERS).filter((names) => headers.some((h) => (names as readonly string[]).includes(h))).length;
    const score = choice.hits + extra;
    if (score >= 2 && (!best || score > best.score)) best = { choice, score };
  }
  return best?.choice ?? null;
}

function readSheet(bytes: Uint8Array, fileName: string, kind: 'employers' | 'roster', required: Record<string, string>): Sheet {
  const { name, grid } = firstSheet(bytes, IMPORT_LIMITS.maxRows + IMPORT_LIMITS.headerScanRows);
  const header = findHeader(grid, kind);
  if (!header) throw new AppError('FILE_COLUMNS_MISSING', { file: fileName, columns: Object.values(required).join(', '), known: Object.values(required).join(', ') });
  const headers = header.mapping.map((m) => normaliseHeader(m.header));
  return {
    name,
    grid,
    headerIndex: header.headerIndex,
    column(field) {
      const mapped = header.mapping.find((m) => m.field === field);
      if (mapped) return mapped.index;
      const extra = (EXTRA_HEADERS as Record<string, readonly string[]>)[field];
      const i = extra ? headers.findIndex((h) => extra.includes(h)) : -1;
      return i >= 0 ? i : null;
    },
  };
}

const at = (sheet: Sheet, r: number, c: number | null): CellValue => (c === null ? null : sheet.grid.cell(r, c));

function requireColumns(fileName: string, sheet: Sheet, fields: Record<string, string>): Record<string, number> {
  const found: Record<string, number> = {};
  const missing: string[] = [];
  for (const [field, label] of Object.entries(fields)) {
    const c = sheet.column(field);
    if (c === null) missing.push(label);
    else found[field] = c;
  }
  if (missing.length) {
    throw new AppError('FILE_COLUMNS_MISSING', { file: fileName, columns: missing.join(', '), known: Object.values(fields).join(', ') });
  }
  return found;
}

/** An identifier as text; a number-formatted cell lost its leading zeros or last digits, so it is not trusted. */
function identifier(value: CellValue, row: number, field: string, warnings: ImportSkip[]): string | null {
  const id = readIdentifier(value);
  if (!id) return null;
  if (id.ok) return id.text;
  warnings.push({ row, code: 'ID_NUMERIC_CELL', detail: `${field}: ${id.reason}` });
  return null;
}

/** The list's source: as given, else the file's own source column, else a source named in the file name. */
export function prospectSourceOf(fileName: string, given: string | undefined, cell: string): ProspectSource {
  const text = (given ?? cell).toUpperCase();
  if ((PROSPECT_SOURCES as readonly string[]).includes(text)) return text as ProspectSource;
  const name = fileName.toUpperCase();
  return PROSPECT_SOURCES.find((s) => s !== 'LAINNYA' && name.includes(s)) ?? 'LAINNYA';
}

export function readProspectFile(bytes: Uint8Array, fileName: string): ProspectFile {
  const required = { name: 'Nama perusahaan', regency: 'Kabupaten/Kota' };
  const sheet = readSheet(bytes, fileName, 'employers', required);
  const cols = requireColumns(fileName, sheet, required);
  const nib = sheet.column('nib');
  const npwp = sheet.column('npwp');
  const workers = sheet.column('reportedHeadcount') ?? sheet.column('workers');
  const address = sheet.column('address');
  const sourceCol = sheet.column('source');
  const warnings: ImportSkip[] = [];
  const rows: ProspectFileRow[] = [];
  let sourceCell: string | null = null;
  for (let r = sheet.headerIndex + 1; r < sheet.grid.rows; r++) {
    const name = cellText(at(sheet, r, cols.name!)).slice(0, 200);
    if (!name) continue;
    const row = r + 1;
    sourceCell ??= cellText(at(sheet, r, sourceCol));
    const count = parseWageValue(at(sheet, r, workers));
    rows.push({
      row,
      name,
      regency: cellText(at(sheet, r, cols.regency!)).slice(0, 80),
      nib: identifier(at(sheet, r, nib), row, 'NIB', warnings),
      npwp: identifier(at(sheet, r, npwp), row, 'NPWP', warnings),
      workers: count === null || count < 0 ? null : Math.min(Math.round(count), 1_000_000),
      address: cellText(at(sheet, r, address)).slice(0, 500),
    });
  }
  return { kind: 'prospects', sheet: sheet.name, headerRow: sheet.headerIndex + 1, rows, warnings, sourceCell: sourceCell ?? '' };
}

export function readPayrollFile(bytes: Uint8Array, fileName: string): PayrollFile {
  const required = { nik: 'NIK', wage: 'Upah' };
  const sheet = readSheet(bytes, fileName, 'roster', required);
  const cols = requireColumns(fileName, sheet, required);
  const name = sheet.column('name');
  // Wage base = basic wage + fixed allowances (upah pokok + tunjangan tetap).
  const allowance = sheet.column('allowance');
  const warnings: ImportSkip[] = [];
  const rows: PayrollFileRow[] = [];
  for (let r = sheet.headerIndex + 1; r < sheet.grid.rows; r++) {
    const row = r + 1;
    const nikCell = at(sheet, r, cols.nik!);
    if (nikCell === null || nikCell === '') continue;
    const nik = identifier(nikCell, row, 'NIK', warnings);
    const wage = parseWageValue(at(sheet, r, cols.wage!));
    if (!nik) continue;
    if (wage === null || wage < 0) {
      warnings.push({ row, code: 'WAGE_UNREADABLE', detail: cellText(at(sheet, r, cols.wage!)).slice(0, 40) });
      continue;
    }
    rows.push({ row, nik: nik.slice(0, 40), name: cellText(at(sheet, r, name)).slice(0, 200), wage: wage + (parseWageValue(at(sheet, r, allowance)) ?? 0) });
  }
  return { kind: 'payroll', sheet: sheet.name, headerRow: sheet.headerIndex + 1, rows, warnings };
}

/** BPS Sakernas (or a regency's own) employed-population figures by province or regency, with year and source. */
export function readWorkforceFile(bytes: Uint8Array, fileName: string): WorkforceFile {
  const { name, grid } = firstSheet(bytes, 2_000);
  // The header is the first row naming at least the area, the year and the figure.
  let headerRow = -1;
  const columns: Partial<Record<WorkforceColumn, number>> = {};
  for (let r = 0; r < Math.min(grid.rows, IMPORT_LIMITS.headerScanRows) && headerRow < 0; r++) {
    const found: Partial<Record<WorkforceColumn, number>> = {};
    for (let c = 0; c < grid.columns; c++) {
      const h = normaliseHeader(cellText(grid.cell(r, c)));
      const field = (Object.keys(WORKFORCE_HEADERS) as WorkforceColumn[]).find(
        (k) => found[k] === undefined && (WORKFORCE_HEADERS[k] as readonly string[]).includes(h),
      );
      if (field) found[field] = c;
    }
    if (found.area !== undefined && found.year !== undefined && found.employed !== undefined) {
      headerRow = r;
      Object.assign(columns, found);
    }
  }
  if (headerRow < 0) {
    throw new AppError('FILE_COLUMNS_MISSING', { file: fileName, columns: 'Wilayah, Tahun, Penduduk bekerja', known: 'Wilayah, Tahun, Penduduk bekerja, Sumber, Resmi' });
  }
  const defaultSource = `Impor ${fileName}`;
  const rows: WorkforceFileRow[] = [];
  for (let r = headerRow + 1; r < grid.rows; r++) {
    const areaText = cellText(grid.cell(r, columns.area!));
    if (!areaText) continue;
    const year = Number(cellText(grid.cell(r, columns.year!)));
    const employed = parseWageValue(grid.cell(r, columns.employed!));
    // A figure table is small and exact: one bad row refuses the table rather than saving part of it.
    if (!Number.isInteger(year) || year < 2000 || year > 2100 || employed === null || employed < 0) {
      throw new AppError('WORKFORCE_ROW_INVALID', { row: r + 1 });
    }
    const confirmedText = columns.confirmed === undefined ? '' : normaliseHeader(cellText(grid.cell(r, columns.confirmed)));
    rows.push({
      row: r + 1,
      areaText: areaText.slice(0, 80),
      year,
      employed: Math.round(employed),
      source: ((columns.source === undefined ? '' : cellText(grid.cell(r, columns.source))) || defaultSource).slice(0, 300),
      confirmed: ['ya', 'resmi', 'yes', 'true', '1'].includes(confirmedText),
    });
  }
  if (!rows.length) throw new AppError('FILE_EMPTY');
  return { kind: 'workforce', sheet: name, headerRow: headerRow + 1, rows, warnings: [] };
}

export function readListFile(kind: ListKind, bytes: Uint8Array, fileName: string): ListFile {
  if (kind === 'prospects') return readProspectFile(bytes, fileName);
  if (kind === 'payroll') return readPayrollFile(bytes, fileName);
  return readWorkforceFile(bytes, fileName);
}
