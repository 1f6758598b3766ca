import { app, session, type WebContents } from 'electron';
import { guardContents } from './navigation-guard';

/**
 * Registered before any window exists: every web page is guarded (navigation-guard.ts), and every
 * permission request (camera, geolocation, notifications…) denied.
 */
export function applySecurityPolicy(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => guardContents(contents));
  app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
  });
}
