import * as XLSX from 'xlsx';
import { AppError } from '../errors/app-error';
import type { CellValue } from '../../shared/import/values';
import { cleanText } from '../../shared/text/clean-text';
import { IMPORT_LIMITS } from './limits';
import { hasMacros, inspectZip, isEncryptedCfb, sniffContainer } from './sniff';
import { trimXlsx } from './trim-xlsx';

const PREVIEW_TRIM_MAX_ROWS = 1_000;

export interface LoadedWorkbook {
  book: XLSX.WorkBook;
  format: 'xlsx' | 'ods' | 'xls' | 'csv';
  macros: boolean;
}

// Lean reading: dense rows, values only. Date cells arrive as dates (the value, not the displayed format);
// VBA is never loaded, let alone run.
const LEAN: XLSX.ParsingOptions = {
  dense: true,
  cellDates: true,
  cellNF: false,
  cellStyles: false,
  cellText: false,
  cellFormula: false,
  cellHTML: false,
  bookVBA: false,
  bookDeps: false,
  bookFiles: false,
};

function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Older Excel saves CSV in the Windows code page.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function readOrExplain(read: () => XLSX.WorkBook): XLSX.WorkBook {
  try {
    return read();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/password|encrypt/i.test(message)) throw new AppError('FILE_ENCRYPTED');
    throw new AppError('FILE_UNREADABLE', { reason: 'format' });
  }
}

/** Checks the container, then reads it with SheetJS. `sheetRows` limits how far each sheet is read. */
export function loadWorkbook(bytes: Buffer, sheetRows: number): LoadedWorkbook {
  if (bytes.length > IMPORT_LIMITS.maxFileBytes) {
    throw new AppError('FILE_TOO_LARGE', { limit: `${IMPORT_LIMITS.maxFileBytes / 1024 / 1024} MB` });
  }
  const container = sniffContainer(bytes);
  if (container === 'zip') {
    const entries = inspectZip(bytes);
    const ods = entries.some((e) => e.name === 'content.xml');
    if (!ods && !entries.some((e) => /^xl\/workbook\.xml$/i.test(e.name))) {
      throw new AppError('FILE_UNREADABLE', { reason: 'format' });
    }
    // A preview needs a few rows: read a trimmed copy instead of inflating every sheet whole.
    const trimmed = !ods && sheetRows <= PREVIEW_TRIM_MAX_ROWS ? trimXlsx(bytes, entries, sheetRows) : null;
    const book = readOrExplain(() => XLSX.read(trimmed ?? bytes, { ...LEAN, type: 'buffer', sheetRows }));
    return { book, format: ods ? 'ods' : 'xlsx', macros: hasMacros(entries) };
  }
  if (container === 'cfb') {
    if (isEncryptedCfb(bytes)) throw new AppError('FILE_ENCRYPTED');
    const book = readOrExplain(() => XLSX.read(bytes, { ...LEAN, type: 'buffer', sheetRows }));
    return { book, format: 'xls', macros: false };
  }
  // CSV: every cell stays text (raw), so a NIK is never turned into a number on the way in.
  const text = decodeText(bytes).replace(/^\uFEFF/, '');
  if (!text.trim()) throw new AppError('FILE_EMPTY');
  const book = readOrExplain(() => XLSX.read(text, { ...LEAN, type: 'string', raw: true, sheetRows }));
  return { book, format: 'csv', macros: false };
}

/** A sheet as dense rows of plain values. */
export interface SheetGrid {
  name: string;
  rows: number;
  columns: number;
  cell(r: number, c: number): CellValue;
}

/** Refuses a sheet whose declared or real extent is beyond the limits (e.g. a dimension of A1:XFD1048576). */
export function gridOf(book: XLSX.WorkBook, name: string): SheetGrid {
  const sheet = book.Sheets[name];
  if (!sheet) throw new AppError('SHEET_NOT_FOUND', { sheet: name });
  const declared = sheet['!fullref'] ?? sheet['!ref'];
  const range = declared ? XLSX.utils.decode_range(declared) : { s: { r: 0, c: 0 }, e: { r: -1, c: -1 } };
  const rows = range.e.r + 1;
  const columns = range.e.c + 1;
  if (rows > IMPORT_LIMITS.maxRows + IMPORT_LIMITS.headerScanRows || columns > IMPORT_LIMITS.maxColumns) {
    throw new AppError('SHEET_TOO_LARGE', { sheet: name, rows, columns, maxRows: IMPORT_LIMITS.maxRows, maxColumns: IMPORT_LIMITS.maxColumns });
  }
  const data = (sheet['!data'] ?? []) as (XLSX.CellObject[] | undefined)[];
  return {
    name,
    rows: Math.min(rows, data.length),
    columns,
    cell(r, c) {
      const cell = data[r]?.[c];
      if (!cell) return null;
      switch (cell.t) {
        case 's':
          return cleanText(String(cell.v ?? ''));
        case 'n':
          return typeof cell.v === 'number' ? cell.v : null;
        case 'd':
          return cell.v instanceof Date ? cell.v : typeof cell.v === 'string' ? new Date(cell.v) : null;
        case 'b':
          return Boolean(cell.v);
        default:
          return null;
      }
    },
  };
}

export const columnLetter = (index: number): string => XLSX.utils.encode_col(index);
