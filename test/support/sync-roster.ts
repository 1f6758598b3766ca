import fs from 'node:fs';
import * as XLSX from 'xlsx';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A valid roster of `count` workers (NIKs as text), `serialBase` keeps two rosters' NIKs apart. */
export function writeRoster(file: string, count: number, serialBase = 1): void {
  const rows: (string | number)[][] = [['NIK', 'Nama', 'Tanggal Lahir', 'L/P', 'Upah', 'TMT']];
  for (let i = 0; i < count; i++) {
    const day = 1 + (i % 28);
    const month = 1 + (Math.floor(i / 28) % 12);
    const serial = pad(serialBase + Math.floor(i / 336), 4);
    rows.push([`647101${pad(day)}${pad(month)}85${serial}`, `Pekerja ${serialBase}-${i}`, `${pad(day)}-${pad(month)}-1985`, 'L', 4_500_000, '01-01-2025']);
  }
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Daftar TK');
  fs.writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}
