/** The undo job this tab started, kept in the tab so a reload follows the same undo to its result. */
const UNDO_JOB_KEY = 'sigap.undo-job';

export const tabUndoJob = {
  get: (): string | null => sessionStorage.getItem(UNDO_JOB_KEY),
  set: (id: string): void => sessionStorage.setItem(UNDO_JOB_KEY, id),
  clear: (): void => sessionStorage.removeItem(UNDO_JOB_KEY),
};
