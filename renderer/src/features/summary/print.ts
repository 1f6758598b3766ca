import type { PrintRequest } from '../../../../shared/summary/print-templates';
import { transportMode } from '../../api/client';

export type { PrintRequest };

declare global {
  interface Window {
    /** Exposed by the Electron preload only (electron/shell/print.ts): print preview through printToPDF. */
    sigapPrint?: { preview: (request: PrintRequest) => Promise<{ ok: boolean; error?: string }> };
  }
}

/** Electron: the shell's print preview; browser mode: the browser's own print dialog with the print CSS. */
export async function printSummary(request: PrintRequest): Promise<void> {
  if (window.sigapPrint) {
    const result = await window.sigapPrint.preview(request);
    if (!result.ok) throw new Error(result.error ?? 'print');
    return;
  }
  window.print();
}

const cssText = (s: string) => `"${s.replace(/["\\]/g, '\\$&').replace(/[\n\r]/g, ' ')}"`;

/**
 * Page header and numbers for the browser's print dialog, as CSS page-margin boxes. Only in browser mode:
 * Electron and the CLI print through printToPDF / page.pdf with Chromium's header and footer templates.
 */
export function pageMarginCss(request: PrintRequest): string {
  if (transportMode !== 'browser') return '';
  const box = 'font-family: system-ui, sans-serif; font-size: 8pt; color: #4a5565;';
  return `@media print { @page {
    @top-left { content: ${cssText(request.headerLeft)}; ${box} }
    @top-right { content: ${cssText(request.headerRight)}; ${box} }
    @bottom-left { content: ${cssText(request.footerLeft)}; ${box} }
    @bottom-right { content: ${cssText(`${request.pageWord} `)} counter(page) ${cssText(` ${request.ofWord} `)} counter(pages); ${box} }
  } }`;
}
