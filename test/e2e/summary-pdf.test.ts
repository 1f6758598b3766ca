import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { createBackend } from '../../electron/backend';
import { generateDemo } from '../../seeds/demo/generate-demo';
import { formatNumberId, formatPercentId, formatRupiah } from '../../shared/format/id-format';
import type { BranchSummary } from '../../shared/summary/summary-types';
import { tempDir } from '../support/temp-db';

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
const pdfPages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);

describe('summary CLI → A4 PDF through headless Chromium', () => {
  const tmp = tempDir('sigap-summary-pdf-');
  const db = path.join(tmp.dir, 'demo.db');
  let summary: BranchSummary;

  beforeAll(async () => {
    const b = createBackend(db, 'cli');
    try {
      generateDemo(b.db, { employers: 160, workers: 4000, seed: 7 });
      const r = await b.call('summary-get', { branch: 'BPN', period: '2026-03' });
      if (!r.ok) throw new Error(r.error.message);
      summary = r.value as BranchSummary;
    } finally {
      b.close();
    }
  });
  afterAll(() => tmp.remove());

  it('prints the branch page: pages counted, branch, coverage % and gap totals in the text, header and page numbers', async () => {
    const out = path.join(tmp.dir, 'ringkasan-bpn.pdf');
    const xlsx = path.join(tmp.dir, 'ringkasan-bpn.xlsx');
    const r = await cli('summary', '--db', db, '--branch', 'Balikpapan', '--period', '2026-03', '--out', out, '--xlsx', xlsx, '--json');
    expect(r.code, r.out + r.err).toBe(0);
    const result = JSON.parse(r.out) as { file: string; pages: number; branch: string; period: string };
    expect(result).toMatchObject({ file: out, branch: 'BPN', period: '2026-03' });
    expect(fs.statSync(out).size).toBeGreaterThan(10_000);
    expect(fs.existsSync(xlsx)).toBe(true);

    const pages = pdfPages(out);
    expect(result.pages).toBe(pages);
    // Key figures and participants, gaps and the top list, activity: three A4 pages for this demo branch.
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);

    const text = pdfText(out);
    expect(text).toContain('Kantor Cabang Balikpapan');
    expect(text).toContain('Periode Maret 2026');
    expect(text).toContain(formatPercentId(summary.coverage.area.percent! / 100, 'id'));
    expect(text).toContain(summary.coverage.area.source!.slice(0, 40));
    expect(text).toContain(formatRupiah(Math.round(summary.gaps.total.shortfall), 'id'));
    // The gap table's total row: count and shortfall side by side (its "Jumlah" label may be extracted after them).
    expect(text).toContain(`${formatNumberId(summary.gaps.total.count, 'id')} ${formatRupiah(Math.round(summary.gaps.total.shortfall), 'id')}`);
    expect(text).toContain(formatNumberId(summary.participants.total, 'id'));
    for (let k = 1; k <= pages; k++) expect(text).toContain(`Halaman ${k} dari ${pages}`);
    // No NIK anywhere, and no English left on the page.
    expect(text).not.toMatch(/\b\d{16}\b/);
    expect(text).not.toMatch(/\b(Page|Coverage|Findings|Employers)\b/);
  });

  it('prints a whole province, and refuses clearly without Chromium', async () => {
    const out = path.join(tmp.dir, 'kaltim.pdf');
    const r = await cli('summary', '--db', db, '--province', '64', '--period', '2026-03', '--out', out, '--json');
    expect(r.code, r.out + r.err).toBe(0);
    expect(pdfText(out)).toContain('Provinsi Kalimantan Timur');

    const saved = process.env.SIGAP_CHROMIUM;
    process.env.SIGAP_CHROMIUM = path.join(tmp.dir, 'tidak-ada-chromium');
    try {
      const missing = await cli('summary', '--db', db, '--branch', 'BPN', '--out', path.join(tmp.dir, 'x.pdf'), '--json');
      expect(missing.code).toBe(1);
      expect(JSON.parse(missing.out)).toMatchObject({ error: { code: 'CHROMIUM_MISSING' } });
      expect(JSON.parse(missing.out).error.message).toMatch(/Chromium tidak ditemukan/);
    } finally {
      if (saved === undefined) delete process.env.SIGAP_CHROMIUM;
      else process.env.SIGAP_CHROMIUM = saved;
    }
    expect((await cli('summary', '--db', db, '--branch', 'Atlantis', '--out', out, '--json')).code).toBe(1);
    expect((await cli('summary', '--db', db, '--out', out)).code).toBe(64);
  });
});
