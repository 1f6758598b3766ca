import fs from 'node:fs';
import path from 'node:path';
import { normaliseHeader } from '../../../shared/import/header-match';
import { cellText, parseWageValue } from '../../../shared/import/values';
import { AppError } from '../../api/app-error';
import type { Backend } from '../../backend';
import { regencyResolver } from '../../gaps/import-lists';
import { IMPORT_LIMITS } from '../../importer/limits';
import { gridOf, loadWorkbook } from '../../importer/read-workbook';
import { unwrap, type CliIo, type ParsedArgs } from '../cli-context';

const HEADERS = {
  area: ['kode wilayah', 'wilayah', 'kabupaten kota', 'kab kota', 'provinsi', 'daerah', 'area', 'region'],
  year: ['tahun', 'year'],
  employed: ['penduduk bekerja', 'jumlah bekerja', 'bekerja', 'angkatan kerja bekerja', 'employed', 'jumlah'],
  source: ['sumber', 'sumber data', 'source'],
  confirmed: ['resmi', 'status', 'angka resmi', 'confirmed'],
} as const;
type Column = keyof typeof HEADERS;

/** "64", "Kalimantan Timur", "64.71", "Kota Balikpapan" → the Kemendagri code of a province or regency. */
function areaResolver(backend: Backend): (text: string) => string | null {
  const regency = regencyResolver(backend.db);
  const provinces = backend.db.prepare('SELECT code, name FROM provinces').all() as { code: string; name: string }[];
  const byName = new Map(provinces.map((p) => [p.name.toLowerCase(), p.code]));
  return (text) => {
    const t = text.trim();
    if (/^\d{2}$/.test(t)) return provinces.some((p) => p.code === t) ? t : null;
    return byName.get(t.toLowerCase()) ?? regency(t);
  };
}

/**
 * `import workforce FILE --db DB [--json]`: employed-population figures (BPS Sakernas or a regency's own) by
 * province or regency, with year and source; saved all or nothing, replacing the figure of the same area and year.
 */
export async function importWorkforceCommand(backend: Backend, args: ParsedArgs, io: CliIo): Promise<number> {
  const file = args.positionals[2]!;
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    throw new AppError('FILE_NOT_FOUND', { file: path.basename(file) });
  }
  const { book } = loadWorkbook(bytes, 2_000);
  const grid = gridOf(book, book.SheetNames[0] ?? '');
  // The header is the first row naming at least the area, the year and the figure.
  let headerRow = -1;
  const columns: Partial<Record<Column, number>> = {};
  for (let r = 0; r < Math.min(grid.rows, IMPORT_LIMITS.headerScanRows) && headerRow < 0; r++) {
    const found: Partial<Record<Column, number>> = {};
    for (let c = 0; c < grid.columns; c++) {
      const h = normaliseHeader(cellText(grid.cell(r, c)));
      const field = (Object.keys(HEADERS) as Column[]).find((k) => found[k] === undefined && (HEADERS[k] as readonly string[]).includes(h));
      if (field) found[field] = c;
    }
    if (found.area !== undefined && found.year !== undefined && found.employed !== undefined) {
      headerRow = r;
      Object.assign(columns, found);
    }
  }
  if (headerRow < 0) throw new AppError('FILE_COLUMNS_MISSING', { file: path.basename(file), columns: 'Wilayah, Tahun, Penduduk bekerja', known: 'Wilayah, Tahun, Penduduk bekerja, Sumber, Resmi' });

  const resolve = areaResolver(backend);
  const defaultSource = `Impor ${path.basename(file)}`;
  const rows = [];
  for (let r = headerRow + 1; r < grid.rows; r++) {
    const areaText = cellText(grid.cell(r, columns.area!));
    if (!areaText) continue;
    const areaCode = resolve(areaText);
    const year = Number(cellText(grid.cell(r, columns.year!)));
    const employed = parseWageValue(grid.cell(r, columns.employed!));
    if (!areaCode) throw new AppError('WORKFORCE_AREA_UNKNOWN', { code: `${areaText} (baris ${r + 1})` });
    if (!Number.isInteger(year) || employed === null) throw new AppError('WORKFORCE_ROW_INVALID', { row: r + 1 });
    const confirmedText = columns.confirmed === undefined ? '' : normaliseHeader(cellText(grid.cell(r, columns.confirmed)));
    rows.push({
      row: r + 1,
      areaCode,
      year,
      employed: Math.round(employed),
      source: (columns.source === undefined ? '' : cellText(grid.cell(r, columns.source))) || defaultSource,
      confirmed: ['ya', 'resmi', 'yes', 'true', '1'].includes(confirmedText),
    });
  }
  const result = await unwrap<{ saved: number }>(backend, 'workforce-import', { fileName: path.basename(file), rows });
  io.out(args.values.json ? JSON.stringify({ ...result, areas: rows.map((r) => r.areaCode) }) : `${result.saved} angka angkatan kerja disimpan.`);
  return 0;
}
