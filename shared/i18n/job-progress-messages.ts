import type { MessageCatalogue } from './message-types';

/** Jobs beyond the import write (issue 16 §1, §3): what another request is told while one of them holds the store. */
export const jobProgressMessages: MessageCatalogue = {
  JOB_UNDO_RUNNING: {
    id: 'Sedang membatalkan sebuah impor ({percent} %). Coba lagi sebentar lagi; tidak ada yang tersimpan.',
    en: 'An import is being undone ({percent} %). Try again shortly; nothing was saved.',
  },
};
