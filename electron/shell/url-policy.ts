/** The scheme and host the Electron app is served from (see protocol.ts). Pure: unit-tested under Node. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'sigap';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for a well-formed URL of the app itself — never a prefix or look-alike string match. */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return u !== null && u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '';
}

/** Navigation is allowed only within the app; everything else (http, file, javascript:, data:) is refused. */
export const isAllowedNavigation = (url: string): boolean => isAppUrl(url);
