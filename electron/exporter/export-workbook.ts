import * as XLSX from 'xlsx';
import { freezeHeaderRow } from './freeze-header';
import { neutraliseText } from './neutralise';

export type ColumnType = 'id' | 'text' | 'date' | 'money' | 'integer';

export interface ExportColumn<R> {
  header: string;
  type: ColumnType;
  width: number;
  value: (row: R) => string | number | null;
}

// Format codes are locale-neutral: an Indonesian Excel shows #,##0 as 3.500.000.
const FORMATS: Partial<Record<ColumnType, string>> = { date: 'dd-mm-yyyy', money: '#,##0', integer: '0' };

function cell(type: ColumnType, value: string | number | null): XLSX.CellObject | undefined {
  if (value === null || value === '') return undefined;
  if (type === 'date' && typeof value === 'string') {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    // Excel serial of the calendar day: no time zone involved.
    const serial = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
    return { t: 'n', v: serial, z: FORMATS.date };
  }
  if ((type === 'money' || type === 'integer') && typeof value === 'number') return { t: 'n', v: value, z: FORMATS[type] };
  // Identifiers are text cells, always: a number would lose digits and leading zeros.
  return { t: 's', v: type === 'id' ? String(value) : neutraliseText(String(value)) };
}

/** One sheet with real date and number cells, identifiers as text, a frozen header row and set column widths. */
export function buildWorkbook<R>(sheetName: string, columns: readonly ExportColumn<R>[], rows: readonly R[]): Buffer {
  const data: (XLSX.CellObject | undefined)[][] = [columns.map((c) => ({ t: 's', v: c.header }) as XLSX.CellObject)];
  for (const row of rows) data.push(columns.map((c) => cell(c.type, c.value(row))));
  const sheet: XLSX.WorkSheet = {
    '!data': data as XLSX.CellObject[][],
    '!ref': XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length, c: columns.length - 1 } }),
    '!cols': columns.map((c) => ({ wch: c.width })),
    '!autofilter': { ref: XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length, c: columns.length - 1 } }) },
  };
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, sheetName);
  const written = XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
  return freezeHeaderRow(written);
}
