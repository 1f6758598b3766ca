import type { Page } from 'playwright-core';
import * as XLSX from 'xlsx';
import type { ApiArg, ApiName, ApiResult } from '../../../shared/api/contract';
import { SESSION_HEADER, TOKEN_HEADER } from '../../../shared/api/bridge';
import type { Result } from '../../../shared/api/result';

/**
 * Calls a backend handler from inside the signed-in page, with the page's own access token and session
 * (STYLE.md point 10: page objects set state up through the API, not by clicking through every form).
 */
export async function api<K extends ApiName>(page: Page, name: K, arg: ApiArg<K>): Promise<ApiResult<K>> {
  const result = (await page.evaluate(
    async ({ name, arg, tokenHeader, sessionHeader }) => {
      // Runs in the page; the node tsconfig has no DOM types.
      const storage = (globalThis as unknown as { sessionStorage: { getItem: (key: string) => string | null } }).sessionStorage;
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [tokenHeader]: storage.getItem('sigap.token') ?? '',
          [sessionHeader]: storage.getItem('sigap.session') ?? '',
        },
        body: JSON.stringify(arg),
      });
      return (await response.json()) as unknown;
    },
    { name, arg, tokenHeader: TOKEN_HEADER, sessionHeader: SESSION_HEADER },
  )) as Result<ApiResult<K>>;
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

export interface RosterRow {
  nik: string;
  name: string;
  wage: number;
  /** "DD-MM-YYYY", as companies write it. */
  startDate: string;
}

/** A company roster workbook as the desk receives it: a title row, then headers; NIKs as text cells. */
export function rosterWorkbook(rows: readonly RosterRow[]): Buffer {
  const aoa = [
    ['DAFTAR TENAGA KERJA'],
    ['No', 'NIK', 'Nama Lengkap', 'Upah', 'TMT Kerja'],
    ...rows.map((r, i) => [i + 1, r.nik, r.name, r.wage, r.startDate]),
  ];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(aoa), 'Data');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

/** Uploads and commits a roster for one employer and period through the import handlers. */
export async function importRoster(page: Page, npp: string, period: string, rows: readonly RosterRow[]) {
  const upload = await api(page, 'uploads-put', { fileName: 'roster-uji.xlsx', dataBase64: rosterWorkbook(rows).toString('base64') });
  return api(page, 'imports-commit', { uploadId: upload.uploadId, kind: 'roster', npp, period });
}
