import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workbookBytes } from '../support/import-fixtures';
import { startApp, type RunningApp } from './support/app';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const COMPANY = 'PT Sawit Belum Terdaftar';

/** A licensing office's list as it arrives: a title row, then the companies with names of regencies. */
const ptspList = () =>
  Buffer.from(
    workbookBytes({
      Izin: [
        ['DAFTAR IZIN USAHA DPMPTSP 2026'],
        ['No', 'Nama Perusahaan', 'NIB', 'Kabupaten/Kota', 'Jumlah Tenaga Kerja'],
        [1, COMPANY, '1234567890123', 'Kota Balikpapan', 45],
        [2, 'Mitra Jaya, CV', null, 'Kab. Paser', '12'],
        [3, 'PT Antah Berantah', null, 'Kota Atlantis', 5],
      ],
    }),
  );

describe('outside lists in the app (browser mode)', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  }, 180_000);
  afterAll(async () => {
    await app?.close();
  });

  it('previews a licensing list, saves it, finds the PWBD gap, and undoes the whole list', { timeout: 120_000 }, async () => {
    const { page } = app;
    await page.getByTestId('nav-lists').click();
    // A clerk may bring company lists and payrolls; workforce figures are the admin's.
    expect(await page.getByTestId('list-kind-workforce').count()).toBe(0);
    await page.getByTestId('list-kind-prospects').check();
    await page.getByTestId('list-file').setInputFiles({ name: 'izin-usaha-ptsp.xlsx', mimeType: XLSX_MIME, buffer: ptspList() });

    const preview = page.getByTestId('list-preview');
    await preview.waitFor();
    expect(await preview.getByTestId('list-received').textContent()).toBe('3');
    expect(await preview.getByTestId('list-pwbd').textContent()).toBe('2');
    expect(await preview.getByTestId('list-skipped').textContent()).toBe('1');
    expect(await preview.getByTestId('list-skip-rows').textContent()).toContain('Baris 5: Kabupaten/kota tidak dikenal: Kota Atlantis');
    await page.getByTestId('list-commit').click();
    await page.getByTestId('list-saved').waitFor();
    expect(await page.getByTestId('list-history-row').count()).toBe(1);

    await page.getByTestId('list-to-gaps').click();
    const row = page.getByTestId('gap-row').filter({ hasText: COMPANY });
    await row.waitFor();

    await page.getByTestId('nav-lists').click();
    await page.getByTestId('list-undo').click();
    await page.getByTestId('list-undo-confirm-yes').click();
    expect(await page.getByTestId('list-undone').textContent()).toMatch(/Impor daftar #\d+ dibatalkan: 2 data dihapus/);
    await page.locator('[data-testid="list-history-row"][data-undone="yes"]').waitFor();

    await page.getByTestId('nav-gaps').click();
    await page.getByTestId('gap-total-PWBD').waitFor();
    expect(await page.getByTestId('gap-row').filter({ hasText: COMPANY }).count()).toBe(0);
    expect(app.consoleLines.filter((l) => l.startsWith('pageerror'))).toEqual([]);
  });
});
