import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import * as XLSX from 'xlsx';
import { runCli } from '../../electron/cli/main';

export type Row = (string | number | Date | null)[];

/** A workbook file from rows, one sheet per entry, in any SheetJS output format. */
export function workbookBytes(sheets: Record<string, Row[]>, bookType: XLSX.BookType = 'xlsx'): Buffer {
  const book = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows, { cellDates: true }), name);
  return XLSX.write(book, { type: 'buffer', bookType }) as Buffer;
}

export function csvBytes(rows: Row[], sep: ',' | ';', bom: boolean): Buffer {
  const quote = (v: Row[number]) => {
    const s = v === null ? '' : String(v);
    return /[",;\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const text = rows.map((r) => r.map(quote).join(sep)).join('\r\n');
  return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
}

export function writeTemp(dir: string, name: string, bytes: Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

/** A hand-built zip (STORE or DEFLATE), so a test can declare whatever sizes it likes. */
export function zipBytes(entries: { name: string; data: Buffer; declaredSize?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const compressed = zlib.deflateRawSync(e.data);
    const crc = zlib.crc32(e.data);
    const name = Buffer.from(e.name);
    const size = e.declaredSize ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += 30 + name.length + compressed.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

/** Rewrites one part of an xlsx (or adds it). */
export function editXlsx(bytes: Buffer, part: string, edit: (text: Buffer | null) => Buffer): Buffer {
  const zip = XLSX.CFB.read(bytes, { type: 'buffer' });
  const i = zip.FullPaths.findIndex((p: string) => p.endsWith(`/${part}`));
  if (i >= 0) {
    const entry = zip.FileIndex[i]!;
    entry.content = edit(Buffer.from(entry.content as Uint8Array));
    entry.size = entry.content.length;
  } else XLSX.CFB.utils.cfb_add(zip, part, edit(null));
  return XLSX.CFB.write(zip, { type: 'buffer', fileType: 'zip', compression: true }) as Buffer;
}

/** A password-protected xlsx as Office writes it: a CFB holding EncryptionInfo and EncryptedPackage. */
export function encryptedXlsxBytes(): Buffer {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, 'EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
  XLSX.CFB.utils.cfb_add(cfb, 'EncryptedPackage', Buffer.alloc(4096, 7));
  return XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer;
}

export async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err, json: () => JSON.parse(out) };
}

export const SITI = '6471015708850001'; // woman, 17-08-1985, Balikpapan
export const BUDI = '6471011203900002'; // man, 12-03-1990
export const ANI = '6471014501950003'; // woman, 05-01-1995
export const DEDI = '6472012507880004'; // man, 25-07-1988, Samarinda

export const HEADER: Row = ['No.', 'No KTP/NIK', 'Nama Lengkap', 'Tgl. Lahir', 'L/P', 'Gaji Pokok (Rp)', 'TMT Kerja', 'Jabatan'];

/** A messy but valid roster: title rows, a merged-looking title, Indonesian dates and wages, a totals row. */
export function messyRoster(): Row[] {
  return [
    ['DAFTAR TENAGA KERJA'],
    ['PT MAHAKAM SEJAHTERA ABADI — Periode Maret 2026'],
    [],
    HEADER,
    [1, SITI, 'Siti Rahmawati', '17-08-1985', 'P', 'Rp 4.500.000', '05/01/2026', 'Staf'],
    [2, BUDI, 'Budi Santoso', '12 Maret 1990', 'Laki-laki', '4.200.000,00', '2026-01-05', 'Operator'],
    [],
    [3, ANI, 'Ani Lestari', '05.01.1995', 'Perempuan', 'Rp. 4.000.000,-', '17 Agt 2025', 'Kasir'],
    [4, DEDI, 'Dedi Kurniawan', '25/07/1988', 'L', 3950000, '01-02-2026', 'Sopir'],
    ['JUMLAH', '', '', '', '', 16650000],
  ];
}
