import type { MessageCatalogue } from './message-types';

/** The last entities on the sync wire (issue 9): Jakon roster import records from other desks. */
export const syncHomeMessages: MessageCatalogue = {
  JAKON_IMPORT_ELSEWHERE: {
    id: 'Impor daftar pekerja proyek #{id} dibuat di meja lain. Batalkan di meja tempat berkas itu diimpor; pembatalannya sampai ke sini lewat sinkronisasi.',
    en: 'Project roster import #{id} was made at another desk. Undo it at the desk that imported the file; the undo reaches this desk through the sync.',
  },
};
