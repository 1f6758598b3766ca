import type { MessageCatalogue } from './message-types';

export const searchMessages: MessageCatalogue = {
  SEARCH_CURSOR_INVALID: {
    id: 'Halaman hasil pencarian tidak dikenali (kursor rusak). Ulangi pencarian dari awal.',
    en: 'The search result page was not recognised (bad cursor). Start the search again.',
  },
};
