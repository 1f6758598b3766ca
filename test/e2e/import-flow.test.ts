import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatMessage } from '../../shared/i18n/messages';
import { startApp, type RunningApp } from './support/app';
import { BUDI, messyRosterXlsx, XLSX_MIME } from './support/import-files';

const NPP = '23456789';
const EMPLOYER = 'PT Kayu Ulin Sejahtera';

async function createEmployer(page: Page): Promise<void> {
  await page.getByTestId('nav-employer-new').click();
  await page.getByTestId('field-npp').fill(NPP);
  await page.getByTestId('field-name').fill(EMPLOYER);
  await page.getByTestId('field-regencyCode').selectOption('64.71');
  await page.getByTestId('field-address').fill('Jl. Jenderal Sudirman No. 9, Balikpapan');
  await page.getByTestId('field-scale').selectOption('menengah');
  await page.getByTestId('field-reportedHeadcount').fill('4');
  await page.getByTestId('employer-submit').click();
  await page.getByTestId('employer-facts').waitFor();
}

const POLL = { timeout: 15_000 };
const text = async (page: Page, testId: string) => (await page.getByTestId(testId).textContent())?.trim();

describe('roster import (browser mode)', () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startApp();
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  it('imports a messy roster through the UI, corrects a cell, survives a reload, and undoes the import', { timeout: 120_000 }, async () => {
    const { page } = app;
    await createEmployer(page);

    // A clerk may import but not export personal data.
    await page.getByTestId('employer-import').click();
    await page.getByTestId('import-file-step').waitFor();
    // The name is looked up after the screen opens (the address carries only the NPP): a loaded machine shows the NPP first.
    await expect.poll(() => text(page, 'import-employer')).toContain(EMPLOYER);
    expect(await page.getByTestId('export-workers').count()).toBe(0);

    // 1. The file, through the file input.
    await page.getByTestId('import-file').setInputFiles({ name: 'daftar-tk-maret.xlsx', mimeType: XLSX_MIME, buffer: messyRosterXlsx() });

    // 2. Header found below the title rows; the samples show the data rows.
    await page.getByTestId('import-header-step').waitFor();
    expect(await text(page, 'import-header-detected')).toContain('baris 4');
    expect(await page.getByTestId('import-samples').textContent()).toContain('Siti Rahmawati');
    await page.getByTestId('import-header-next').click();

    // 3. Mapping: every column recognised, nothing required missing.
    await page.getByTestId('import-mapping-step').waitFor();
    expect(await page.getByTestId('mapping-B').inputValue()).toBe('nik');
    expect(await page.getByTestId('mapping-C').inputValue()).toBe('name');
    expect(await page.getByTestId('mapping-F').inputValue()).toBe('wage');
    expect(await page.getByTestId('mapping-G').inputValue()).toBe('startDate');
    expect(await page.getByTestId('mapping-missing').count()).toBe(0);
    await page.getByTestId('import-mapping-next').click();

    // 4. Preview: Budi's NIK came from a number cell, so his row is rejected with the Indonesian message.
    await page.getByTestId('import-counts').waitFor();
    await expect.poll(() => text(page, 'count-accepted'), POLL).toBe('3');
    expect(await text(page, 'count-rejected')).toBe('1');
    expect(await text(page, 'count-skipped')).not.toBe('0');
    const lost = page.locator('[data-testid="issue-row"][data-code="NIK_PRECISION_LOST"]');
    expect(await lost.count()).toBe(1);
    expect(await lost.getAttribute('data-row')).toBe('6');
    const expected = formatMessage('NIK_PRECISION_LOST', {}, 'id');
    expect(await lost.getByTestId('issue-message').textContent()).toBe(expected);
    expect(expected).toContain('Excel hanya menyimpan 15 digit');

    // Errors only.
    await page.getByTestId('issue-filter').selectOption('error');
    await expect.poll(() => page.locator('[data-testid="issue-row"].issue-warning').count(), POLL).toBe(0);

    // Inline correction: the NIK typed from the ID card, then the preview runs again.
    await lost.getByTestId('issue-fix').click();
    await page.getByTestId('fix-input').fill(BUDI);
    await page.getByTestId('fix-input').press('Enter');
    await expect.poll(() => text(page, 'count-accepted'), POLL).toBe('4');
    expect(await text(page, 'count-rejected')).toBe('0');
    expect(await page.getByTestId('import-correction').count()).toBe(1);

    // A reload loses nothing: back on the import screen, same step, same correction.
    await page.reload();
    await page.getByTestId('user-menu').waitFor();
    await page.getByTestId('nav-imports').click();
    await page.getByTestId('import-preview-step').waitFor();
    await expect.poll(() => text(page, 'count-accepted'), POLL).toBe('4');
    expect(await page.getByTestId('import-correction').count()).toBe(1);

    // 5. Commit, after a confirmation.
    expect(await text(page, 'import-commit')).toBe('Impor 4 baris');
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-confirm-yes').click();
    await page.getByTestId('import-result').waitFor();
    expect(await text(page, 'import-result-text')).toContain('4 baris diimpor');
    const row = page.getByTestId('import-history-row').first();
    await row.waitFor();
    expect(await row.textContent()).toContain('daftar-tk-maret.xlsx');
    expect(await row.getAttribute('data-undone')).toBe('no');

    // The workers are on the employer's list.
    await page.getByTestId('import-open-employer').click();
    await page.getByTestId('worker-row').nth(3).waitFor();
    expect(await page.getByTestId('worker-row').count()).toBe(4);
    expect(await page.getByTestId('employer-worker-list').textContent()).toContain('Budi Santoso');

    // 6. Undo from the history: the workers are gone again.
    await page.getByTestId('employer-import').click();
    await page.getByTestId('import-undo').click();
    await page.getByTestId('undo-confirm-yes').click();
    await page.getByTestId('import-undone').waitFor();
    await expect.poll(() => page.getByTestId('import-history-row').first().getAttribute('data-undone'), POLL).toBe('yes');
    expect(await page.getByTestId('import-undo').count()).toBe(0);
    await page.getByTestId('nav-employers').click();
    await page.getByTestId('employer-row').first().click();
    await page.getByTestId('employer-worker-list').waitFor();
    await expect.poll(() => page.getByTestId('employer-worker-list').getAttribute('data-total'), POLL).toBe('0');

    // NIKs never reach the console.
    expect(app.consoleLines.join('\n')).not.toContain(BUDI);
  });
});

describe('exports (browser mode, branch head)', () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startApp({ user: { username: 'kepala1', password: 'kepala-rahasia-1', role: 'kepala_cabang' } });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  it('offers the worker export to the branch head and downloads the employer list', { timeout: 60_000 }, async () => {
    const { page } = app;
    await createEmployer(page);
    expect(await page.getByTestId('export-workers').isVisible()).toBe(true);
    await page.getByTestId('nav-imports').click();
    await page.getByTestId('import-kind-employers').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-employers').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  });
});
