import type { MessageCatalogue } from './message-types';

/** Codes of the segments' and membership history's sync (issue 9 for the entities of issues 10 and 11). */
export const syncSegmentMessages: MessageCatalogue = {
  SYNC_UNKNOWN_PARENT: {
    id: 'Data induknya (program, proyek, atau kepesertaan) tidak dikenal server, jadi perubahan ini ditolak.',
    en: 'Its parent (programme, project or membership) is not known to the server, so this change is refused.',
  },
};
