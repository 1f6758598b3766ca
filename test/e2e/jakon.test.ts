import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './support/app';
import { api } from './support/gap-setup';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SHOTS = process.env.SIGAP_E2E_SHOTS;
const HEAD = { username: 'kacab1', password: 'kacab-rahasia-1', role: 'kepala_cabang' } as const;

const year = new Date().getFullYear();

/** A contractor's list as it arrives: a title, the header, four workers, one of them twice. */
function contractorList(): Buffer {
  const rows = [
    ['DAFTAR TENAGA KERJA PROYEK GEDUNG PUSKESMAS'],
    [],
    ['No', 'NIK', 'Nama Pekerja', 'Tgl Lahir', 'Upah (Rp)'],
    [1, '6471010304800001', 'Ahmad Tukang Batu', '03-04-1980', 'Rp 3.900.000'],
    [2, '6471015207750002', 'Bunga Mandor', '12-07-1975', 5_200_000],
    [3, '6471012101900003', 'Candra Tukang Kayu', '21-01-1990', 3_900_000],
    [4, '6471010304800001', 'Ahmad Tukang Batu', '03-04-1980', 3_900_000],
  ];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Pekerja');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

describe('Jakon project with its roster (browser mode)', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ viewport: { width: 1366, height: 768 }, user: HEAD });
    await api(app.page, 'employers-save', {
      mode: 'create',
      employer: {
        npp: '22223333',
        name: 'PT Bangun Etam Konstruksi',
        npwp: null,
        nib: null,
        regencyCode: '64.71',
        address: 'Jl. MT Haryono No. 5, Balikpapan',
        scale: 'menengah',
        riskGroup: 4,
        programs: ['JKK', 'JKM', 'JHT', 'JP'],
        reportedHeadcount: 30,
      },
    });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  it('a branch head registers a project with dates typed day first, imports its roster and sees it in the summary', { timeout: 180_000 }, async () => {
    const { page } = app;
    await page.getByTestId('nav-jakon').click();
    // No project yet: the form is open.
    await page.getByTestId('jakon-name').fill('Gedung Puskesmas Sepinggan');
    await page.getByTestId('jakon-contractorNpp').fill('22223333');
    await page.getByTestId('jakon-contractValue').fill('2.000.000.000');
    await page.locator('#jakon-regencyCode').selectOption('64.71');
    const spk = page.getByTestId('jakon-spkDate');
    await spk.fill(`2 Januari ${year}`);
    await spk.press('Tab');
    expect(await spk.inputValue()).toBe(`02-01-${year}`);
    await page.getByTestId('jakon-startDate').fill(`05/01/${year}`);
    await page.getByTestId('jakon-endDate').fill(`31-12-${year + 1}`);
    await page.getByTestId('jakon-save').click();

    await page.getByTestId('jakon-detail').waitFor();
    expect(page.url()).toMatch(/#\/jakon\?id=\d+$/);
    const row = page.getByTestId('jakon-row');
    expect(await row.textContent()).toContain('Gedung Puskesmas Sepinggan');
    // The worked example: Rp 2 M → JKK 2.640.000 + JKM 310.000.
    expect(await row.textContent()).toContain('2.950.000');

    await page.getByTestId('jakon-file').setInputFiles({ name: 'pekerja-puskesmas.xlsx', mimeType: XLSX_MIME, buffer: contractorList() });
    await page.getByTestId('jakon-roster-result').waitFor();
    expect(await page.getByTestId('jakon-roster-issues').textContent()).toContain('DUPLICATE_IN_FILE');
    expect(await page.getByTestId('jakon-roster-result').textContent()).toContain('3 diterima');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/jakon-dry-run.png`, fullPage: true });

    await page.getByTestId('jakon-roster-commit').click();
    await page.getByTestId('jakon-roster-commit').waitFor({ state: 'detached' });
    await expect.poll(async () => (await page.getByTestId('jakon-workers-count').textContent())?.trim(), { timeout: 15_000 }).toBe('3');
    expect(await page.getByTestId('jakon-workers').textContent()).toContain('Bunga Mandor');
    expect(await page.getByTestId('jakon-imports').textContent()).toContain('pekerja-puskesmas.xlsx');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/jakon.png`, fullPage: true });

    // A reload lands on the same project.
    await page.reload();
    await page.getByTestId('jakon-detail').waitFor();
    expect(await page.getByTestId('jakon-workers-count').textContent()).toBe('3');

    await page.getByTestId('nav-summary').click();
    await page.getByTestId('summary-doc').waitFor();
    const segments = page.getByTestId('table-segments');
    await expect.poll(async () => (await segments.locator('tbody tr').filter({ hasText: 'Jakon' }).textContent()) ?? '', { timeout: 15_000 }).toContain('3');
    if (SHOTS) await segments.screenshot({ path: `${SHOTS}/summary-segments.png` });
    expect(app.consoleLines.filter((l) => l.startsWith('pageerror'))).toEqual([]);
  });
});
