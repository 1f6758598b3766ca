import { expect, test } from 'vitest';
import * as XLSX from 'xlsx';
import { headerInWorker } from '../../electron/importer/run-in-worker';
import type { ParseJob } from '../../electron/importer/parse-types';

const job = (over: Partial<ParseJob>): Omit<ParseJob, 'mode'> => ({
  bytes: new Uint8Array(),
  fileName: 'daftar.xlsx',
  kind: 'roster',
  today: '2026-03-15T00:00:00.000Z',
  period: '2026-03',
  minimumWage: null,
  remembered: {},
  ...over,
});

test('a file SheetJS cannot read is the file’s fault: FILE_UNREADABLE', async () => {
  const junk = new Uint8Array(Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(2048, 7)]));
  await expect(headerInWorker(job({ bytes: junk }))).rejects.toMatchObject({ code: expect.stringMatching(/^FILE_/) });
});

test('a bug of ours inside the worker is reported as internal, not blamed on the file', async () => {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['NIK', 'Nama'], ['6471015708850001', 'Siti']]), 'Data');
  const bytes = new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  // A job the host could never build (no remembered mapping object): the worker's own code throws a TypeError.
  await expect(headerInWorker(job({ bytes, remembered: null as never }))).rejects.toMatchObject({ code: 'INTERNAL' });
});
