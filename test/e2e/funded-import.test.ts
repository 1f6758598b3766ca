import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './support/app';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SHOTS = process.env.SIGAP_E2E_SHOTS;
const HEAD = { username: 'kacab1', password: 'kacab-rahasia-1', role: 'kepala_cabang' } as const;

/** A funder's list as Disnaker sends it: a title, the header, five people, one of them twice. */
function funderList(): Buffer {
  const rows = [
    ['DAFTAR PEKERJA RENTAN PENERIMA BANTUAN IURAN APBD'],
    [],
    ['No', 'NIK', 'Nama Lengkap', 'Pekerjaan', 'Desa'],
    [1, '6409010304800001', 'Ahmad Nelayan', 'Nelayan', 'Sotek'],
    [2, '6409015207750002', 'Bunga Lestari', 'Petani', 'Babulu Darat'],
    [3, '6409012101900003', 'Candra Wijaya', 'Ojek', 'Sepaku'],
    [4, '6409010304800001', 'Ahmad Nelayan', 'Nelayan', 'Sotek'],
    [5, '6409014909790005', '', 'Pedagang', 'Waru'],
  ];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Daftar');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

describe('funded-list import (browser mode)', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ viewport: { width: 1366, height: 768 }, user: HEAD });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  it('a branch head creates a Pemkab programme, checks the funder’s list, saves it and sees the bill', { timeout: 120_000 }, async () => {
    const { page } = app;
    await page.getByTestId('nav-programmes').click();
    await page.getByText('Program baru').click();
    await page.getByTestId('prog-funderCode').fill('64.09');
    await page.getByTestId('prog-name').fill('BPU Rentan 2026');
    await page.getByTestId('prog-year').fill('2026');
    await page.getByTestId('prog-monthFrom').fill('2026-01');
    await page.getByTestId('prog-monthTo').fill('2026-12');
    await page.getByTestId('prog-quota').fill('2');
    await page.getByTestId('prog-save').click();
    await page.getByTestId('programme-detail').waitFor();
    expect(await page.getByTestId('programme-row').textContent()).toContain('Pemkab Penajam Paser Utara');

    await page.getByTestId('funded-file').setInputFiles({ name: 'rentan-ppu-2026.xlsx', mimeType: XLSX_MIME, buffer: funderList() });
    await page.getByTestId('funded-result').waitFor();
    const issues = (await page.getByTestId('funded-issues').textContent()) ?? '';
    expect(issues).toContain('DUPLICATE_IN_FILE');
    expect(issues).toContain('NAME_MISSING');
    expect(issues).toContain('OVER_QUOTA');
    expect(await page.getByTestId('funded-result').textContent()).toContain('3 diterima');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/programme-dry-run.png`, fullPage: true });

    await page.getByTestId('funded-commit').click();
    await page.getByTestId('funded-commit').waitFor({ state: 'detached' });
    await expect.poll(async () => (await page.getByTestId('programme-members').textContent())?.trim(), { timeout: 15_000 }).toBe('3');
    expect(await page.getByTestId('programme-bill').textContent()).toContain('50.400');
    expect(await page.getByTestId('funded-members').textContent()).toContain('Bunga Lestari');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/programme.png`, fullPage: true });

    // Three people for a quota of two: a finding in the gap workspace, which opens the programme's page.
    await page.getByTestId('nav-gaps').click();
    const finding = page.getByTestId('gap-row').filter({ hasText: 'BPU Rentan 2026' });
    await finding.waitFor();
    expect(await finding.textContent()).toContain('16.800');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/gaps-over-quota.png`, fullPage: true });
    await finding.click();
    await page.getByTestId('programme-detail').waitFor();
    expect(page.url()).toMatch(/#\/program-rentan\?id=\d+$/);
    expect(app.consoleLines.filter((l) => l.startsWith('pageerror'))).toEqual([]);
  });

  it('the BPU screen shows the contribution before saving', { timeout: 60_000 }, async () => {
    const { page } = app;
    await page.getByTestId('nav-bpu').click();
    await page.getByTestId('bpu-income').fill('1.000.000');
    await expect.poll(async () => (await page.getByTestId('bpu-monthly').textContent()) ?? '', { timeout: 15_000 }).toContain('16.800');
    await page.getByTestId('bpu-jht').check();
    await expect.poll(async () => (await page.getByTestId('bpu-monthly').textContent()) ?? '', { timeout: 15_000 }).toContain('36.800');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/bpu.png`, fullPage: true });
  });
});
