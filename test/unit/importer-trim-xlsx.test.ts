import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { inspectZip } from '../../electron/importer/sniff';
import { trimXlsx } from '../../electron/importer/trim-xlsx';

const ROWS = 41;

function bigWorkbook(): Buffer {
  const rows: unknown[][] = [['DAFTAR TENAGA KERJA PT CONTOH'], [], ['No.', 'NIK', 'Nama', 'Tgl. Lahir', 'Upah', 'TMT']];
  for (let i = 0; i < 5_000; i++) {
    rows.push([i + 1, `6471011203${String(90 + (i % 10)).slice(-2)}${String(i + 1).padStart(4, '0')}`, `Pekerja ${i}`, new Date(Date.UTC(1990, i % 12, 1 + (i % 28))), 3_500_000 + i, `01-0${1 + (i % 9)}-2025`]);
  }
  const ws = XLSX.utils.aoa_to_sheet(rows, { cellDates: true });
  ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 5 } }];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Daftar TK');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Catatan'], ['lain-lain']]), 'Catatan');
  // Shared strings, as Excel writes them.
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true, bookSST: true }) as Buffer;
}

const grid = (bytes: Buffer, sheet: string) => {
  const book = XLSX.read(bytes, { type: 'buffer', dense: true, cellDates: true, sheetRows: ROWS });
  return XLSX.utils.sheet_to_json(book.Sheets[sheet]!, { header: 1, raw: true, defval: null });
};

describe('trimming an xlsx for the header preview', () => {
  const full = bigWorkbook();
  const trimmed = trimXlsx(full, inspectZip(full), ROWS);

  it('gives SheetJS exactly the same first rows — text, shared strings, dates, numbers — on every sheet', () => {
    expect(trimmed).not.toBeNull();
    for (const sheet of ['Daftar TK', 'Catatan']) expect(grid(trimmed!, sheet)).toEqual(grid(full, sheet));
    expect(grid(trimmed!, 'Daftar TK')[3]).toEqual([1, '6471011203900001', 'Pekerja 0', new Date(Date.UTC(1990, 0, 1)), 3_500_000, '01-01-2025']);
  });

  it('holds only the beginning of the big parts', () => {
    const size = (name: string) => inspectZip(full).find((e) => e.name === name)!.uncompressedSize;
    expect(size('xl/sharedStrings.xml')).toBeGreaterThan(100_000);
    expect(trimmed!.length).toBeLessThan((size('xl/worksheets/sheet1.xml') + size('xl/sharedStrings.xml')) / 20);
  });

  it('returns null for what it cannot handle, so the caller reads the file whole', () => {
    const broken = Buffer.from(full);
    const entry = inspectZip(full).find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    broken.writeUInt32LE(0, entry.localOffset); // not a local header any more
    expect(trimXlsx(broken, inspectZip(broken), ROWS)).toBeNull();
  });
});
