import * as XLSX from 'xlsx';

// Valid NIKs (test/support/import-fixtures.ts): region 64.71/64.72, birth date and sex encoded.
export const SITI = '6471015708850001'; // woman, 17-08-1985
export const BUDI = '6471011203900002'; // man, 12-03-1990
export const ANI = '6471014501950003'; // woman, 05-01-1995
export const DEDI = '6472012507880004'; // man, 25-07-1988

/** What Excel keeps of a 16-digit NIK typed into a General cell: 15 significant digits, the last one zero. */
export const asExcelNumber = (nik: string): number => Number(`${nik.slice(0, 15)}0`);

/**
 * A roster as companies really send it: two title rows (the first merged across the table), a blank row,
 * Indonesian headers, a NIK stored as a number, wages written as text, dates in four formats and as a date
 * cell, a blank row inside the data, and a JUMLAH totals row.
 */
export function messyRosterXlsx(): Buffer {
  const rows: (string | number | Date | null)[][] = [
    ['DAFTAR TENAGA KERJA PT KAYU ULIN SEJAHTERA'],
    ['Periode: Maret 2026 — Balikpapan'],
    [],
    ['No.', 'No KTP/NIK', 'Nama Lengkap', 'Tgl. Lahir', 'L/P', 'Gaji Pokok (Rp)', 'TMT Kerja'],
    [1, SITI, 'Siti Rahmawati', '17-08-1985', 'P', 'Rp 4.500.000', '05/01/2026'],
    [2, asExcelNumber(BUDI), 'Budi Santoso', '12 Maret 1990', 'L', '4.200.000,00', '2026-01-05'],
    [],
    [3, ANI, 'Ani Lestari', new Date(Date.UTC(1995, 0, 5)), 'Perempuan', 'Rp. 4.000.000,-', '17 Agustus 2025'],
    [4, DEDI, 'Dedi Kurniawan', '25.07.1988', 'Laki-laki', 3_950_000, '01-02-2026'],
    ['JUMLAH', '', '', '', '', 16_650_000, ''],
  ];
  const sheet = XLSX.utils.aoa_to_sheet(rows, { cellDates: true });
  sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 6 } }];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Data TK');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
