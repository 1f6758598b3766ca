import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openDatabase } from '../../electron/db/open';
import { startApp, type RunningApp } from './support/app';

const SURNAMES = ['Santoso', 'Saputra', 'Wijaya'];
const nameOf = (i: number) => `Budi ${SURNAMES[i % 3]} ${String(i).padStart(4, '0')}`;

/** 1,500 people called Budi (500 of them Budi Santoso) at one employer: more than one page, more than the count bound. */
function seed(dbFile: string): void {
  const db = openDatabase(dbFile);
  const now = '2026-03-01T00:00:00Z';
  db.prepare(
    `INSERT INTO employers (npp, name, regency_code, scale, risk_group, programs, reported_headcount, branch_code, created_at, updated_at)
     VALUES ('12345678', 'PT Budi Daya Mahakam', '64.71', 'besar', 2, 'JHT,JKK,JKM,JP', 1500, 'BPN', ?, ?)`,
  ).run(now, now);
  const worker = db.prepare(`INSERT INTO workers (nik, name, birth_date, gender, kpj, created_at, updated_at) VALUES (?, ?, '1990-05-10', 'L', ?, ?, ?)`);
  const membership = db.prepare(
    `INSERT INTO memberships (worker_id, npp, segment, wage, start_date, programs, status, created_at, updated_at)
     VALUES (?, '12345678', 'PU', 4500000, '2026-01-01', 'JHT,JKK,JKM,JP', 'aktif', ?, ?)`,
  );
  db.transaction(() => {
    for (let i = 0; i < 1500; i++) {
      const id = worker.run(`64710110059${String(i).padStart(5, '0')}`, nameOf(i), `9${String(i).padStart(10, '0')}`, now, now).lastInsertRowid;
      membership.run(id, now, now);
    }
  })();
  db.close();
}

const countText = (page: Page) => page.getByTestId('worker-search-count').textContent();

async function lastRowText(page: Page, index: number): Promise<string> {
  const row = page.locator(`[data-testid="worker-result"][data-index="${index}"]`);
  await row.waitFor({ timeout: 30_000 });
  return (await row.textContent()) ?? '';
}

describe('worker search in Chromium: beyond 200 hits, with the count', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ prepare: seed });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  it('tells the exact count of 500 and pages on to the last one', { timeout: 120_000 }, async () => {
    const { page } = app;
    await page.getByTestId('nav-worker-search').click();
    await page.getByTestId('worker-search').fill('budi santoso');
    await expect.poll(() => countText(page), { timeout: 20_000 }).toBe('500 orang ditemukan');
    const list = page.getByTestId('worker-results');
    expect(await list.getAttribute('data-total')).toBe('500');
    // Only the first page (100) is loaded; End asks for the last row, which pages on until it is there.
    await list.focus();
    await page.keyboard.press('End');
    expect(await lastRowText(page, 499)).toContain(nameOf(1497));
    expect(await lastRowText(page, 499)).toContain('6471011005901497');
  });

  it('says "more than 1,000" past the bound, asks to narrow down, and still scrolls to every person', { timeout: 180_000 }, async () => {
    const { page } = app;
    await page.getByTestId('worker-search').fill('budi');
    await expect.poll(() => countText(page), { timeout: 20_000 }).toMatch(/^Lebih dari 1\.000 orang ditemukan \(100 sudah dimuat/);
    expect(await page.getByTestId('worker-search-narrow').textContent()).toContain('Persempit pencarian');
    const list = page.getByTestId('worker-results');
    await list.focus();
    // Each End reaches the "more" row at the bottom, which loads the next page, until nothing is left.
    await expect
      .poll(
        async () => {
          await page.keyboard.press('End');
          return list.getAttribute('data-total');
        },
        { timeout: 120_000, interval: 300 },
      )
      .toBe('1500');
    await expect.poll(() => countText(page)).toMatch(/\(1\.500 sudah dimuat/);
    await page.keyboard.press('End');
    expect(await lastRowText(page, 1499)).toContain(nameOf(1499));
  });

  it('finds a person by KPJ and opens them', { timeout: 60_000 }, async () => {
    const { page } = app;
    await page.getByTestId('worker-search').fill('9000000.0777');
    await expect.poll(() => countText(page), { timeout: 20_000 }).toBe('1 orang ditemukan');
    await page.getByTestId('worker-result-open').first().click();
    await page.getByTestId('membership-row').first().waitFor();
    expect(await page.getByTestId('worker-detail-nik').textContent()).toBe('6471011005900777');
  });
});
