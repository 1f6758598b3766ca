export const ACCESS_TOKEN_KEY = 'sigap.token';

/**
 * The browser-mode access token: taken from `?token=` on first load, kept in sessionStorage so a reload
 * still works, and removed from the visible URL so it does not end up in screenshots or bookmarks. It is
 * also kept in this origin's localStorage so a second tab opened on a screen's address (which no longer
 * carries the token) can reach the host; the token changes with every launch, and a stale one is answered
 * with the "open the full address" message.
 */
export function takeToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(ACCESS_TOKEN_KEY, fromUrl);
    localStorage.setItem(ACCESS_TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  const kept = sessionStorage.getItem(ACCESS_TOKEN_KEY) ?? localStorage.getItem(ACCESS_TOKEN_KEY) ?? '';
  if (kept) sessionStorage.setItem(ACCESS_TOKEN_KEY, kept);
  return kept;
}
