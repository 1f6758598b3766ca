import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { payrollRowSchema, prospectRowSchema } from '../../../shared/api/gap-schemas';
import type { ImportSkip, PayrollImportResult, ProspectImportResult } from '../../../shared/gaps/gap-api-types';
import { currentPeriod } from '../../../shared/gaps/period';
import { PROSPECT_SOURCES, type ProspectSource } from '../../../shared/gaps/gap-types';
import { normaliseHeader } from '../../../shared/import/header-match';
import { cellText, parseWageValue, readIdentifier, type CellValue } from '../../../shared/import/values';
import { AppError } from '../../api/app-error';
import type { Backend } from '../../backend';
import { detectHeader } from '../../importer/detect-header';
import { IMPORT_LIMITS } from '../../importer/limits';
import { gridOf, loadWorkbook, type SheetGrid } from '../../importer/read-workbook';
import { requireOpt, stringOpt, unwrap, UsageError, type CliIo, type ParsedArgs } from '../cli-context';

// Headers the importer's field lists do not know: outside lists name the regency, not its code.
const EXTRA_HEADERS = {
  regency: ['kabupaten kota', 'kab kota', 'kabupaten', 'kota', 'lokasi', 'lokasi usaha', 'kab kota usaha', 'regency', 'kode wilayah', 'wilayah'],
  source: ['sumber', 'sumber data', 'source'],
  workers: ['jumlah tenaga kerja', 'jumlah tk', 'jml tk', 'tenaga kerja', 'jumlah pekerja', 'pekerja', 'jumlah karyawan', 'karyawan', 'workers', 'headcount'],
  allowance: ['tunjangan tetap', 'tunj tetap', 'fixed allowance'],
} as const;

interface Sheet {
  grid: SheetGrid;
  headerIndex: number;
  column(field: string): number | null;
}

function readSheet(file: string, kind: 'employers' | 'roster'): Sheet {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    throw new AppError('FILE_NOT_FOUND', { file: path.basename(file) });
  }
  const { book } = loadWorkbook(bytes, IMPORT_LIMITS.maxRows + IMPORT_LIMITS.headerScanRows);
  const grid = gridOf(book, book.SheetNames[0] ?? '');
  const header = detectHeader(grid, kind);
  if (!header) throw new AppError('FILE_NO_HEADER', { file: path.basename(file) });
  const headers = header.mapping.map((m) => normaliseHeader(m.header));
  return {
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

function requireColumns(file: string, sheet: Sheet, fields: Record<string, string>): Record<string, number> {
  const found: Record<string, number> = {};
  const missing: string[] = [];
  for (const [field, label] of Object.entries(fields)) {
    const c = sheet.column(field);
    if (c === null) missing.push(label);
    else found[field] = c;
  }
  if (missing.length) {
    throw new AppError('FILE_COLUMNS_MISSING', { file: path.basename(file), columns: missing.join(', '), known: Object.values(fields).join(', ') });
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

function sourceOf(file: string, args: ParsedArgs, cell: string): ProspectSource {
  const given = (stringOpt(args, 'source') ?? cell).toUpperCase();
  if ((PROSPECT_SOURCES as readonly string[]).includes(given)) return given as ProspectSource;
  const name = path.basename(file).toUpperCase();
  return PROSPECT_SOURCES.find((s) => s !== 'LAINNYA' && name.includes(s)) ?? 'LAINNYA';
}

async function importProspectsFile(backend: Backend, file: string, args: ParsedArgs) {
  const sheet = readSheet(file, 'employers');
  const cols = requireColumns(file, sheet, { name: 'Nama perusahaan', regency: 'Kabupaten/Kota' });
  const nib = sheet.column('nib');
  const npwp = sheet.column('npwp');
  const workers = sheet.column('reportedHeadcount') ?? sheet.column('workers');
  const address = sheet.column('address');
  const sourceCol = sheet.column('source');
  const warnings: ImportSkip[] = [];
  const rows: z.input<typeof prospectRowSchema>[] = [];
  let source: ProspectSource | null = null;
  for (let r = sheet.headerIndex + 1; r < sheet.grid.rows; r++) {
    const name = cellText(at(sheet, r, cols.name!));
    if (!name) continue;
    const row = r + 1;
    source ??= sourceOf(file, args, cellText(at(sheet, r, sourceCol)));
    const count = parseWageValue(at(sheet, r, workers));
    rows.push({
      row,
      name,
      regency: cellText(at(sheet, r, cols.regency!)),
      nib: identifier(at(sheet, r, nib), row, 'NIB', warnings),
      npwp: identifier(at(sheet, r, npwp), row, 'NPWP', warnings),
      workers: count === null ? null : Math.round(count),
      address: cellText(at(sheet, r, address)).slice(0, 500),
    });
  }
  const result = await unwrap<ProspectImportResult>(backend, 'prospects-import', {
    source: source ?? sourceOf(file, args, ''),
    fileName: path.basename(file),
    rows,
  });
  return { ...result, warnings };
}

async function importPayrollFile(backend: Backend, file: string, args: ParsedArgs) {
  const npp = requireOpt(args, 'employer');
  const period = stringOpt(args, 'period') ?? currentPeriod(new Date());
  const sheet = readSheet(file, 'roster');
  const cols = requireColumns(file, sheet, { nik: 'NIK', wage: 'Upah' });
  const name = sheet.column('name');
  // Wage base = basic wage + fixed allowances (upah pokok + tunjangan tetap).
  const allowance = sheet.column('allowance');
  const warnings: ImportSkip[] = [];
  const rows: z.input<typeof payrollRowSchema>[] = [];
  for (let r = sheet.headerIndex + 1; r < sheet.grid.rows; r++) {
    const row = r + 1;
    const nikCell = at(sheet, r, cols.nik!);
    if (nikCell === null || nikCell === '') continue;
    const nik = identifier(nikCell, row, 'NIK', warnings);
    const wage = parseWageValue(at(sheet, r, cols.wage!));
    if (!nik) continue;
    if (wage === null) {
      warnings.push({ row, code: 'WAGE_UNREADABLE', detail: cellText(at(sheet, r, cols.wage!)) });
      continue;
    }
    rows.push({ row, nik, name: cellText(at(sheet, r, name)), wage: wage + (parseWageValue(at(sheet, r, allowance)) ?? 0) });
  }
  const result = await unwrap<PayrollImportResult>(backend, 'payroll-import', { npp, period, fileName: path.basename(file), rows });
  return { ...result, warnings };
}

/**
 * `import prospects FILE --db DB [--source PTSP|OSS|WLKP] --json`
 * `import payroll FILE --employer NPP [--period YYYY-MM] --db DB --json`
 */
export async function importGapListsCommand(backend: Backend, args: ParsedArgs, io: CliIo): Promise<number> {
  const what = args.positionals[1];
  const file = args.positionals[2];
  if ((what !== 'prospects' && what !== 'payroll') || !file) throw new UsageError('import prospects|payroll FILE');
  if (what === 'prospects') {
    const r = await importProspectsFile(backend, file, args);
    io.out(
      args.values.json
        ? JSON.stringify(r)
        : `${r.imported} dari ${r.received} baris disimpan (${r.source}); ${r.pwbd} belum terdaftar (PWBD), ` +
            `${r.matched.NIB + r.matched.NPWP + r.matched.NAMA} sudah terdaftar; ${r.skipped.length} dilewati.`,
    );
    return 0;
  }
  const r = await importPayrollFile(backend, file, args);
  io.out(
    args.values.json
      ? JSON.stringify(r)
      : `Daftar gaji ${r.npp} ${r.period}: ${r.imported} orang disimpan; ${r.skipped.length + r.warnings.length} baris dilewati.`,
  );
  return 0;
}
