import fs from 'node:fs';
import path from 'node:path';
import { formatDateId, formatPeriod } from '../../shared/format/id-format';
import { PDF_MARGINS, pdfTemplates, type PrintRequest } from '../../shared/summary/print-templates';
import { printHash } from '../../shared/summary/summary-helpers';
import type { BranchSummary } from '../../shared/summary/summary-types';
import { AppError } from '../errors/app-error';
import { createBackend } from '../backend';
import { startHttpHost } from '../hosts/http-host';
import { buildRenderer, CHROMIUM_ARGS, chromiumPath, RENDERER_DIR } from './headless-chromium';

export { CHROMIUM_ARGS, chromiumPath, RENDERER_DIR };

/** The running texts of every page, in Indonesian (the printed page's language in the CLI). */
export function printTextsId(s: BranchSummary, today: string): PrintRequest {
  const area = s.scope.kind === 'branch' ? `Kantor Cabang ${s.scope.name}` : `Provinsi ${s.scope.name}`;
  return {
    fileTitle: `ringkasan-${s.scope.code.toLowerCase()}-${s.period}`,
    headerLeft: `Ringkasan Kepesertaan dan Kepatuhan · ${area}`,
    headerRight: `Periode ${formatPeriod(s.period, 'id')}`,
    footerLeft: `Sigap · Dicetak ${formatDateId(today, 'id')}`,
    pageWord: 'Halaman',
    ofWord: 'dari',
  };
}

/** Pages in a PDF Chromium wrote: its page objects are plain `/Type /Page` dictionaries. */
export function countPdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
}

/** The renderer the HTTP host serves; built with vite when this checkout has not built it yet. */
async function ensureRenderer(log: (line: string) => void): Promise<void> {
  if (fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) return;
  log('Membangun tampilan (dist/renderer)…');
  await buildRenderer();
}

export interface SummaryPdfRequest {
  dbFile: string;
  summary: BranchSummary;
  out: string;
  /** The CLI's local user, signed in to the page with a one-off session. */
  user: string;
  today: string;
  log?: (line: string) => void;
}

/**
 * Renders the app's own print page (`#/cetak/ringkasan?…`) to an A4 PDF with headless Chromium: the loopback
 * host in-process on a random port, a fresh 'browser'-mode backend on the same store with a one-off session
 * for the CLI user, and page.pdf with Chromium's header and footer templates for the page numbers.
 */
export async function renderSummaryPdf(req: SummaryPdfRequest): Promise<{ file: string; pages: number }> {
  const executablePath = chromiumPath();
  if (!fs.existsSync(executablePath)) throw new AppError('CHROMIUM_MISSING', { path: executablePath });
  await ensureRenderer(req.log ?? (() => {}));

  const { chromium } = await import('playwright-core');
  const web = createBackend(req.dbFile, 'browser');
  const sessionToken = web.sessions.open({ username: req.user, displayName: req.user, role: 'kepala_cabang' });
  let host: Awaited<ReturnType<typeof startHttpHost>> | null = null;
  let browser: Awaited<ReturnType<typeof chromium.launch>> | null = null;
  try {
    host = await startHttpHost({ backend: web, staticDir: RENDERER_DIR, port: 0 });
    try {
      browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    } catch (error) {
      throw new AppError('SUMMARY_RENDER_FAILED', { detail: (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200) });
    }
    // A4 at 96 dpi less the margins: the page lays out at the width it prints at.
    const page = await browser.newPage({ viewport: { width: 720, height: 1000 }, locale: 'id-ID' });
    // Signed in the way the renderer expects (renderer/src/api/session-token.ts); the page prints in Indonesian.
    // A script string: this file is typechecked without the DOM library.
    await page.addInitScript({
      content: `sessionStorage.setItem('sigap.session', ${JSON.stringify(sessionToken)}); localStorage.setItem('sigap.locale', 'id');`,
    });
    const s = req.summary;
    const target = s.scope.kind === 'branch' ? { branch: s.scope.code } : { province: s.scope.code };
    await page.goto(`${host.url}${printHash({ ...target, period: s.period })}`);
    const root = page.locator('[data-testid="summary-print-page"][data-ready="true"], [data-testid="summary-print-page"][data-error]');
    try {
      await root.waitFor({ timeout: 60_000 });
    } catch {
      throw new AppError('SUMMARY_RENDER_FAILED', { detail: 'halaman cetak tidak siap dalam 60 detik' });
    }
    const failed = await root.getAttribute('data-error');
    if (failed) throw new AppError('SUMMARY_RENDER_FAILED', { detail: failed });
    await page.evaluate('document.fonts.ready.then(() => true)');
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      ...pdfTemplates(printTextsId(s, req.today)),
      margin: PDF_MARGINS,
    });
    try {
      fs.writeFileSync(req.out, pdf);
    } catch (error) {
      throw new AppError('PDF_WRITE_FAILED', { file: req.out, detail: error instanceof Error ? error.message : String(error) });
    }
    return { file: req.out, pages: countPdfPages(pdf) };
  } finally {
    // The PDF is written or its error already thrown; a Chromium that will not close cleanly changes neither.
    await browser?.close().catch(() => undefined);
    await host?.close();
    web.close();
  }
}
