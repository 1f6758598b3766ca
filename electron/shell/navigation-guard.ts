import type { WebContents } from 'electron';
import { isAllowedNavigation } from './url-policy';

type Refusable = { preventDefault(): void; url?: string };

// will-navigate passes the URL as its second argument; will-frame-navigate (any frame, subframes included)
// only on its details object.
const refuseForeign = (event: Refusable, url?: unknown) => {
  if (!isAllowedNavigation(typeof url === 'string' ? url : (event.url ?? ''))) event.preventDefault();
};

/**
 * No pop-ups, no navigation of the page or of any frame in it away from the app, no webviews. Takes only a
 * type from Electron, so the guard is tested under plain Node against an event emitter.
 */
export function guardContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => refuseForeign(event, url));
  contents.on('will-frame-navigate', (details) => refuseForeign(details));
  contents.on('will-redirect', (event, url) => refuseForeign(event, url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
