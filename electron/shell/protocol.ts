import { protocol } from 'electron';
import { appResponse } from './app-response';
import { APP_SCHEME } from './url-policy';

/** Must run before app ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves dist/renderer under app://sigap/ with the same path-traversal guard and headers as the HTTP host. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(rendererDir, request.url));
}
