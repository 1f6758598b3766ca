import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { signIn, startApp, type RunningApp } from './support/app';

const HEAD = { username: 'kacab1', password: 'kacab-rahasia-1', role: 'kepala_cabang' } as const;
const NPP = '23456789';
const ROWS = 100_000;
const POLL = { timeout: 240_000, intervals: [100] };

/** The browser-mode host's resident memory (it is this test's child running browser-main), in MB. */
function hostRssMb(): number {
  const out = execFileSync('ps', ['-o', 'rss=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  const line = out.split('\n').find((l) => l.includes('browser-main'));
  return line ? Number(line.trim().split(/\s+/)[0]) / 1024 : 0;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A valid roster of `count` workers with unique NIKs, compressed as Excel saves it (about 11 MB for 100,000). */
function rosterXlsx(count: number): Buffer {
  const rows: (string | number)[][] = [['NIK', 'Nama', 'Tanggal Lahir', 'L/P', 'Upah', 'TMT']];
  for (let i = 0; i < count; i++) {
    const day = 1 + (i % 28);
    const month = 1 + (Math.floor(i / 28) % 12);
    rows.push([`647101${pad(day)}${pad(month)}85${pad(1 + Math.floor(i / 336), 4)}`, `Pekerja ${i}`, `${pad(day)}-${pad(month)}-1985`, 'L', 4_500_000, '01-01-2025']);
  }
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Daftar TK');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}

async function createEmployer(page: Page): Promise<void> {
  await page.getByTestId('nav-employer-new').click();
  await page.getByTestId('field-npp').fill(NPP);
  await page.getByTestId('field-name').fill('PT Borneo Padat Karya');
  await page.getByTestId('field-regencyCode').selectOption('64.71');
  await page.getByTestId('field-address').fill('Jl. MT Haryono No. 1, Balikpapan');
  await page.getByTestId('field-scale').selectOption('besar');
  await page.getByTestId('field-reportedHeadcount').fill('100500');
  await page.getByTestId('employer-submit').click();
  await page.getByTestId('employer-facts').waitFor();
}

/** Samples a progress element's figures every 100 ms until `until` holds. */
async function watch(page: Page, testId: string, until: (s: { stage: string; done: number }) => boolean) {
  const seen: { stage: string; done: number; label: string }[] = [];
  for (let i = 0; i < 3000; i++) {
    const el = page.getByTestId(testId);
    if ((await el.count()) > 0) {
      const s = {
        stage: (await el.getAttribute('data-stage')) ?? '',
        done: Number(await el.getAttribute('data-done')),
        label: (await page.getByTestId(`${testId}-label`).textContent()) ?? '',
      };
      seen.push(s);
      if (until(s)) return seen;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${testId} never reached the expected state`);
}

describe('long jobs as a clerk lives them (browser mode, a 100,000-row roster)', () => {
  let app: RunningApp;
  let dir: string;
  let peakRss = 0;
  let sampler: NodeJS.Timeout | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sigap-long-'));
    writeFileSync(path.join(dir, 'daftar-100rb.xlsx'), rosterXlsx(ROWS));
    app = await startApp({ user: HEAD });
    sampler = setInterval(() => (peakRss = Math.max(peakRss, hostRssMb())), 250);
  }, 180_000);
  afterAll(async () => {
    clearInterval(sampler);
    console.log(`[long-jobs] host peak RSS ${Math.round(peakRss)} MB`);
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows progress, cancels a check and a write (nothing written), lands on the result after a reload, keeps a second tab answering, exports the gaps', { timeout: 900_000 }, async () => {
    const { page } = app;
    await createEmployer(page);
    await page.getByTestId('employer-import').click();
    // Every text the upload's progress shows, however briefly: the browser's own figures of bytes sent.
    await page.evaluate(`(() => {
      window.__uploadLabels = [];
      new MutationObserver(() => {
        const el = document.querySelector('[data-testid="import-upload-progress-label"]');
        if (el && window.__uploadLabels.at(-1) !== el.textContent) window.__uploadLabels.push(el.textContent);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    })()`);
    // By path: handing Chromium a 10 MB buffer over the protocol is slower than the import itself.
    await page.getByTestId('import-file').setInputFiles(path.join(dir, 'daftar-100rb.xlsx'), { timeout: 120_000 });
    await page.getByTestId('import-header-next').click({ timeout: 120_000 });
    const uploadLabels = (await page.evaluate('window.__uploadLabels')) as string[];
    expect(uploadLabels).toContainEqual(expect.stringMatching(/^Mengunggah daftar-100rb\.xlsx · [\d,]+ (KB|MB) dari [\d,]+ MB · \d+ %$/));
    await page.getByTestId('import-mapping-next').click({ timeout: 120_000 });

    // 1. The check: cancelled mid-way, it says so; checked again, its figures advance to the end.
    await watch(page, 'import-progress', (s) => s.stage === 'checking' && s.done > 0);
    await page.getByTestId('import-progress-cancel').click();
    await expect.poll(() => page.getByTestId('import-error').getAttribute('data-code'), POLL).toBe('JOB_CANCELLED');
    await page.getByTestId('import-error-retry').click();
    const checking = await watch(page, 'import-progress', (s) => s.stage === 'checking' && s.done >= ROWS * 0.7);
    const figures = checking.filter((s) => s.stage === 'checking').map((s) => s.done);
    expect(new Set(figures).size).toBeGreaterThan(2);
    expect(figures).toEqual([...figures].sort((a, b) => a - b));
    expect(checking.at(-1)!.label).toMatch(/Memeriksa baris · [\d.]+ dari 100\.000 baris · \d+ %/);
    await expect.poll(() => page.getByTestId('count-accepted').textContent(), POLL).toBe('100.000');

    // 2. The write, cancelled while it writes: rolled back, said so, nothing in the history or the counts.
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-confirm-yes').click();
    const writing = await watch(page, 'import-commit-progress', (s) => s.stage === 'writing' && s.done > 0);
    expect(writing.at(-1)!.label).toContain('Menyimpan ke data');
    await page.getByTestId('import-commit-progress-cancel').click();
    await expect.poll(() => page.getByTestId('import-error').getAttribute('data-code'), POLL).toBe('JOB_CANCELLED');
    expect(await page.getByTestId('import-error').textContent()).toContain('Tidak ada yang disimpan');
    await page.getByTestId('import-history-empty').waitFor();

    // 3. The write again; a second tab searches while it writes; a reload mid-write lands on the result.
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-confirm-yes').click();
    await watch(page, 'import-commit-progress', (s) => s.stage === 'writing' && s.done > 0);
    const tab = await page.context().browser()!.newPage(); // another tab: its own sessionStorage, signed in again
    await tab.goto(app.url);
    await signIn(tab, HEAD);
    const searchMs = await tab.evaluate(`(async () => {
      const headers = { 'content-type': 'application/json', 'x-sigap-token': sessionStorage.getItem('sigap.token'),
        'x-sigap-session': sessionStorage.getItem('sigap.session') };
      const t0 = performance.now();
      const r = await fetch('/api/workers-search', { method: 'POST', headers, body: JSON.stringify({ query: 'Pekerja 5' }) });
      await r.json();
      return performance.now() - t0;
    })()`);
    const stillWriting = await page.getByTestId('import-commit-progress').getAttribute('data-stage');
    expect(stillWriting).toBe('writing');
    expect(searchMs).toBeLessThan(500);
    // The second tab sees the running import on its import screen.
    await tab.getByTestId('nav-imports').click();
    await tab.getByTestId('running-job').first().waitFor({ timeout: 20_000 }).catch(() => undefined); // the write may end first

    await page.reload();
    await page.getByTestId('import-result').waitFor({ timeout: 240_000 });
    expect(await page.getByTestId('import-result-text').textContent()).toContain('100.000 baris diimpor');
    await expect.poll(() => page.getByTestId('count-workers').textContent(), POLL).toBe('100.000');
    await tab.close();

    // 4. The gap list as Excel from the gap screen, with its filters.
    await page.getByTestId('nav-gaps').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('gaps-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^temuan-\d{4}-\d{2}-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = XLSX.read(readFileSync((await download.path())!), { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['Temuan']!);
    expect(Object.keys(rows[0] ?? {})).toEqual(expect.arrayContaining(['Kode', 'NPP', 'Nama', 'Penjelasan']));

    expect(peakRss).toBeGreaterThan(0);
    expect(peakRss).toBeLessThan(600);
  });
});
