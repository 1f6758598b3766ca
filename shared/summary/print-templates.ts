/**
 * Chromium's PDF header and footer (page.pdf in the CLI, webContents.printToPDF in Electron). They render in
 * their own context: inline styles only, an explicit font size, and the page counters Chromium fills in.
 */
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const BOX = 'width:100%;font-family:system-ui,sans-serif;font-size:8px;color:#4a5565;padding:0 12mm;display:flex;justify-content:space-between;';

export function pdfHeaderTemplate(left: string, right: string): string {
  return `<div style="${BOX}"><span>${escape(left)}</span><span>${escape(right)}</span></div>`;
}

/** "Halaman 2 dari 5" with the counters Chromium substitutes. */
export function pdfFooterTemplate(left: string, pageWord = 'Halaman', ofWord = 'dari'): string {
  return `<div style="${BOX}"><span>${escape(left)}</span><span>${escape(pageWord)} <span class="pageNumber"></span> ${escape(ofWord)} <span class="totalPages"></span></span></div>`;
}

/** Margins leave room for the header and footer templates. */
export const PDF_MARGINS = { top: '16mm', bottom: '14mm', left: '12mm', right: '12mm' } as const;

/** The running texts of a printed summary page (the renderer localises them; the CLI prints Indonesian). */
export interface PrintRequest {
  fileTitle: string;
  headerLeft: string;
  headerRight: string;
  footerLeft: string;
  pageWord: string;
  ofWord: string;
}

const PRINT_KEYS = ['fileTitle', 'headerLeft', 'headerRight', 'footerLeft', 'pageWord', 'ofWord'] as const;

/** Checks a print request that crossed a process boundary: six short strings, nothing else. */
export function toPrintRequest(raw: unknown): PrintRequest | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  if (!PRINT_KEYS.every((k) => typeof r[k] === 'string' && (r[k] as string).length <= 300)) return null;
  return Object.fromEntries(PRINT_KEYS.map((k) => [k, r[k] as string])) as unknown as PrintRequest;
}

/** A file name from a title: letters, digits and dashes only. */
export const pdfFileName = (title: string): string => `${title.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'ringkasan'}.pdf`;

export function pdfTemplates(r: PrintRequest): { headerTemplate: string; footerTemplate: string } {
  return { headerTemplate: pdfHeaderTemplate(r.headerLeft, r.headerRight), footerTemplate: pdfFooterTemplate(r.footerLeft, r.pageWord, r.ofWord) };
}
