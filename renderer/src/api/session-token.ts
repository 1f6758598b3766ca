export const SESSION_KEY = 'sigap.session';

/**
 * Browser mode's signed-in session, kept for this tab only (sessionStorage): closing the tab signs out.
 * In Electron the main process keeps the session per window and this stays empty.
 */
export const sessionToken = {
  get: (): string => sessionStorage.getItem(SESSION_KEY) ?? '',
  set: (token: string): void => sessionStorage.setItem(SESSION_KEY, token),
  clear: (): void => sessionStorage.removeItem(SESSION_KEY),
};
