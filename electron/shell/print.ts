import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, ipcMain, type PrintToPDFOptions } from 'electron';
import { pdfFileName, pdfTemplates, toPrintRequest, type PrintRequest } from '../../shared/summary/print-templates';
import { writePrivateTemp } from './private-temp';
import { isAppUrl } from './url-policy';

/** The one print channel the preload exposes (as `window.sigapPrint.preview`). */
export const PRINT_PREVIEW_CHANNEL = 'print:preview';

const MM_PER_INCH = 25.4;
// The same page as the CLI's page.pdf: A4 portrait, backgrounds on, header and page numbers from Chromium.
export function printToPdfOptions(request: PrintRequest): PrintToPDFOptions {
  return {
    pageSize: 'A4',
    landscape: false,
    printBackground: true,
    displayHeaderFooter: true,
    ...pdfTemplates(request),
    margins: { top: 16 / MM_PER_INCH, bottom: 14 / MM_PER_INCH, left: 12 / MM_PER_INCH, right: 12 / MM_PER_INCH },
  };
}

/**
 * Print preview: the window prints itself to PDF (printToPDF) and the PDF opens in a child window with
 * Chromium's PDF viewer, from which the branch head prints or saves it. Only the app's own page may ask.
 */
export function servePrint(): void {
  ipcMain.handle(PRINT_PREVIEW_CHANNEL, async (event, raw: unknown) => {
    if (!event.senderFrame || !isAppUrl(event.senderFrame.url)) return { ok: false, error: 'FORBIDDEN_HOST' };
    const request = toPrintRequest(raw);
    if (!request) return { ok: false, error: 'BAD_ARGUMENT' };
    try {
      const pdf = await event.sender.printToPDF(printToPdfOptions(request));
      const { file, remove } = await writePrivateTemp(pdfFileName(request.fileTitle), pdf, app.getPath('temp'));
      const parent = BrowserWindow.fromWebContents(event.sender) ?? undefined;
      const preview = new BrowserWindow({
        parent,
        width: 900,
        height: 1000,
        title: request.fileTitle,
        autoHideMenuBar: true,
        webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, plugins: true, disableBlinkFeatures: 'Auxclick' },
      });
      preview.once('closed', () => void remove());
      await preview.loadURL(pathToFileURL(file).href);
      return { ok: true };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  });
}
