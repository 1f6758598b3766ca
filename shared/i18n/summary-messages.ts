import type { MessageCatalogue } from './message-types';

/** The branch summary's errors (handler and CLI). */
export const summaryMessages: MessageCatalogue = {
  PROVINCE_UNKNOWN: { id: 'Provinsi {code} tidak dikenal.', en: 'Unknown province {code}.' },
  CHROMIUM_MISSING: {
    id: 'Chromium tidak ditemukan di {path}: PDF ringkasan dibuat dengan Chromium tanpa tampilan. Pasang paket chromium (Debian: apt-get install chromium) atau arahkan SIGAP_CHROMIUM ke berkasnya.',
    en: 'Chromium not found at {path}: the summary PDF is rendered by headless Chromium. Install chromium (Debian: apt-get install chromium) or point SIGAP_CHROMIUM at it.',
  },
  SUMMARY_RENDER_FAILED: {
    id: 'Halaman ringkasan tidak dapat dicetak ke PDF ({detail}).',
    en: 'The summary page could not be printed to PDF ({detail}).',
  },
  PDF_WRITE_FAILED: { id: 'Berkas PDF {file} tidak dapat ditulis ({detail}).', en: 'Cannot write the PDF file {file} ({detail}).' },
};
