import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { currentPeriod } from '../../shared/gaps/period';
import { startApp, type RunningApp } from './support/app';
import { api } from './support/gap-setup';

/** Screens are looked at at the desk's 1366×768; SIGAP_SHOTS=DIR keeps a PNG of each. */
async function shot(page: Page, name: string): Promise<void> {
  if (process.env.SIGAP_SHOTS) await page.screenshot({ path: `${process.env.SIGAP_SHOTS}/${name}.png` });
}

async function employer(page: Page, npp: string, name: string, regencyCode: string): Promise<void> {
  await api(page, 'employers-save', {
    mode: 'create',
    employer: {
      npp,
      name,
      npwp: null,
      nib: null,
      regencyCode,
      address: 'Jl. Uji No. 1',
      scale: 'menengah',
      riskGroup: 2,
      // No JP at a medium employer and more workers reported than enrolled: PDS Program and PDS TK.
      programs: ['JKK', 'JKM', 'JHT'],
      reportedHeadcount: 25,
      capital: null,
      annualSales: null,
      jkkRelief: false,
    },
  });
}

describe('home branch and the gap search (browser mode, 1366×768)', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({
      viewport: { width: 1366, height: 768 },
      user: { username: 'kacab.smd', password: 'kacab-rahasia-1', role: 'kepala_cabang', homeBranch: 'SMD' },
    });
    const { page } = app;
    await employer(page, '11000001', 'PT Balikpapan Teluk Makmur', '64.71');
    await employer(page, '22000001', 'PT Mahakam Samarinda Jaya', '64.72');
    await employer(page, '22000002', 'CV Tepian Samarinda Kayu', '64.72');
    await employer(page, '22000003', 'PT Karang Mumus Abadi', '64.72');
  }, 120_000);
  afterAll(() => app?.close());

  it('opens the branch summary on the signed-in person’s home branch', { timeout: 60_000 }, async () => {
    const { page } = app;
    await page.getByTestId('nav-summary').click();
    await page.getByTestId('summary-doc').waitFor();
    expect(await page.getByTestId('summary-area').inputValue()).toBe('SMD');
    await expect.poll(() => page.getByTestId('summary-doc').getAttribute('data-scope')).toBe('SMD');
    expect(await page.getByTestId('summary-scope').textContent()).toContain('Samarinda');
    await shot(page, 'summary-home-branch');
  });

  it('opens the gap list on the home branch and filters it by name or NPP in the backend', { timeout: 60_000 }, async () => {
    const { page } = app;
    await page.getByTestId('nav-gaps').click();
    await page.getByTestId('gap-list').waitFor();
    expect(await page.getByTestId('gap-filter-branch').inputValue()).toBe('SMD');
    const period = currentPeriod(new Date());
    const ofSamarinda = await api(page, 'gaps-list', { branch: 'SMD', period, limit: 100 });
    expect(new Set(ofSamarinda.items.map((g) => g.npp))).toEqual(new Set(['22000001', '22000002', '22000003']));
    await expect.poll(() => page.getByTestId('gap-count').textContent()).toContain(`${ofSamarinda.total} `);
    // The sort box is whole on the desk's screen: inside the window, and wide enough for its longest option.
    const sort = await page.getByTestId('gap-sort').boundingBox();
    expect(sort).not.toBeNull();
    expect(sort!.x + sort!.width).toBeLessThanOrEqual(1366);
    // A script string (the node tsconfig has no DOM types): the widest option against the room inside the box.
    const fits = (await page.evaluate(`(() => {
      const select = document.querySelector('[data-testid="gap-sort"]');
      const probe = document.createElement('span');
      probe.style.font = getComputedStyle(select).font;
      probe.style.position = 'absolute';
      probe.style.whiteSpace = 'nowrap';
      document.body.appendChild(probe);
      let widest = 0;
      for (const option of select.options) { probe.textContent = option.text; widest = Math.max(widest, probe.offsetWidth); }
      probe.remove();
      return { widest, room: select.clientWidth - 28 };
    })()`)) as { widest: number; room: number };
    expect(fits.widest).toBeLessThanOrEqual(fits.room);
    await shot(page, 'gaps-home-branch');

    await page.getByTestId('gap-search').fill('tepian');
    await expect.poll(async () => new Set(await page.getByTestId('gap-row').allTextContents()).size).toBeGreaterThan(0);
    await expect.poll(async () => (await page.getByTestId('gap-row').allTextContents()).every((r) => r.includes('CV Tepian Samarinda Kayu'))).toBe(true);
    const named = await api(page, 'gaps-list', { branch: 'SMD', period, q: 'tepian', limit: 100 });
    await expect.poll(() => page.getByTestId('gap-count').textContent()).toContain(`${named.total} `);
    await shot(page, 'gaps-search');

    // An NPP from another branch is found once the branch filter is lifted.
    await page.getByTestId('gap-filter-branch').selectOption('');
    await page.getByTestId('gap-search').fill('11000001');
    await page.getByTestId('gap-search').press('Enter');
    await expect.poll(async () => (await page.getByTestId('gap-row').allTextContents()).every((r) => r.includes('11000001'))).toBe(true);
    expect(await page.getByTestId('gap-row').count()).toBeGreaterThan(0);
  });
});
