import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { GapPage } from '../../shared/gaps/gap-api-types';
import { currentPeriod } from '../../shared/gaps/period';
import { startApp, type RunningApp } from './support/app';

/** Calls the API from the signed-in page, as the renderer's browser transport does (a script string: no DOM types here). */
async function api<T>(page: Page, name: string, arg: unknown): Promise<T> {
  const result = (await page.evaluate(`(async () => {
    const r = await fetch('/api/' + ${JSON.stringify(name)}, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-sigap-token': sessionStorage.getItem('sigap.token') ?? '',
        'x-sigap-session': sessionStorage.getItem('sigap.session') ?? '',
      },
      body: ${JSON.stringify(JSON.stringify(arg))},
    });
    return r.json();
  })()`)) as { ok: boolean; value?: T; error?: unknown };
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

describe('summary screen (browser mode)', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
    const { page } = app;
    await api(page, 'employers-save', {
      mode: 'create',
      employer: {
        npp: '12345678',
        name: 'PT Mahakam Sejahtera Abadi',
        npwp: '01.234.567.8-721.000',
        nib: '1234567890123',
        regencyCode: '64.71',
        address: 'Jl. Jenderal Sudirman No. 1, Balikpapan',
        scale: 'menengah',
        riskGroup: 3,
        programs: ['JKK', 'JKM', 'JHT'],
        reportedHeadcount: 10,
      },
    });
    await api(page, 'workers-enrol', {
      npp: '12345678',
      worker: { nik: '6471015708850001', name: 'Siti Rahmawati', birthDate: '1985-08-17', gender: 'P', kpj: null, phone: null },
      segment: 'PU',
      wage: 3_000_000,
      startDate: '2025-01-01',
    });
  });
  afterAll(() => app?.close());

  it('shows the engine’s figures with SVG charts, prints with the print CSS and exports Excel', async () => {
    const { page } = app;
    await page.getByTestId('nav-summary').click();
    await page.getByTestId('summary-doc').waitFor();
    await expect.poll(() => page.getByTestId('key-participants').textContent()).toBe('1');
    const gaps = await api<GapPage>(page, 'gaps-list', { branch: 'BPN', period: currentPeriod(new Date()), limit: 10 });
    expect(gaps.total).toBeGreaterThanOrEqual(2); // PDS TK (10 known, 1 active), PDS Upah, PDS Program (no JP)
    expect(await page.getByTestId('gaps-total-count').textContent()).toBe(String(gaps.total));
    expect(await page.getByTestId('summary-scope').textContent()).toContain('Kantor Cabang Balikpapan');
    expect(await page.locator('[data-testid="chart-gaps"] svg .recharts-bar-rectangle').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="chart-coverage"] svg').count()).toBe(1);
    expect(await page.getByTestId('top-row').count()).toBe(1);
    expect(await page.getByTestId('summary-doc').textContent()).not.toContain('6471015708850001');

    // Cetak: window.print in browser mode; the print CSS hides the desk around the page.
    await page.evaluate('window.printed = 0; window.print = () => { window.printed += 1; }');
    await page.getByTestId('summary-print').click();
    expect(await page.evaluate('window.printed')).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.side-nav').isVisible()).toBe(false);
    expect(await page.getByTestId('summary-print').isVisible()).toBe(false);
    expect(await page.getByTestId('summary-doc').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    const download = page.waitForEvent('download');
    await page.getByTestId('summary-export').click();
    expect((await download).suggestedFilename()).toMatch(/^ringkasan-bpn-\d{4}-\d{2}\.xlsx$/);

    // Another month, typed as the desk writes it: "Maret 2026" is read, shown as 03-2026 and summarised.
    const period = page.getByTestId('summary-period-input');
    expect(await period.inputValue()).toBe(currentPeriod(new Date()).split('-').reverse().join('-'));
    await period.fill('Maret 2026');
    await period.press('Tab');
    expect(await period.inputValue()).toBe('03-2026');
    await page.locator('[data-testid="summary-doc"][data-period="2026-03"]').waitFor();
    expect(await page.getByTestId('summary-period').textContent()).toContain('Maret 2026');
    // A month that does not exist keeps its text, is marked, and leaves the last summary in place.
    await period.fill('13-2026');
    await period.press('Tab');
    expect(await period.inputValue()).toBe('13-2026');
    expect(await period.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('error-summary-period').textContent()).toBe('Bulan tidak dapat dibaca. Tulis bulan-tahun, misalnya 03-2026 atau Maret 2026.');
    expect(await page.getByTestId('summary-doc').getAttribute('data-period')).toBe('2026-03');

    // A province instead of a branch.
    await page.getByTestId('summary-kind').selectOption('province');
    await page.getByTestId('summary-area').selectOption('64');
    await expect.poll(() => page.getByTestId('summary-scope').textContent()).toContain('Provinsi Kalimantan Timur');
  });

  it('the print entry renders the page alone and says when it is ready', async () => {
    const { page } = app;
    const origin = new URL(page.url()).origin;
    // A hash change alone does not reload the document: the print entry is read at start-up.
    await page.goto(`${origin}/#/cetak/ringkasan?branch=BPN&period=${currentPeriod(new Date())}`);
    await page.reload();
    await page.locator('[data-testid="summary-print-page"][data-ready="true"]').waitFor();
    expect(await page.locator('.side-nav').count()).toBe(0);
    expect(await page.getByTestId('key-participants').textContent()).toBe('1');
    await page.goto(`${origin}/#/cetak/ringkasan?branch=XYZ`);
    await page.reload();
    await page.locator('[data-testid="summary-print-page"][data-error="BRANCH_UNKNOWN"]').waitFor();
  });
});
