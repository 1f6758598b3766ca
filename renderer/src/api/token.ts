export const ACCESS_TOKEN_KEY = 'sigap.token';

/**
 * The browser-mode access token: taken from `?token=` on first load, kept in sessionStorage so a reload
 * still works, and removed from the visible URL so it does not end up in screenshots or bookmarks.
 */
export function takeToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(ACCESS_TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(ACCESS_TOKEN_KEY) ?? '';
}
