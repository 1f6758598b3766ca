import { ipcMain } from 'electron';
import { API_NAMES } from '../../shared/api/bridge';
import type { SignedIn } from '../../shared/api/contract';
import type { Backend } from '../backend';
import { AppError } from '../errors/app-error';
import { isAppUrl } from './url-policy';

/**
 * One IPC channel per handler; the argument is schema-checked by dispatch, the sender must be the app.
 * The session lives here, per window, so the renderer never has to hold a credential.
 */
export function serveIpc(backend: Backend): void {
  const sessionOf = new Map<number, string>();
  for (const name of API_NAMES) {
    ipcMain.handle(`api:${name}`, async (event, arg: unknown) => {
      if (!event.senderFrame || !isAppUrl(event.senderFrame.url)) {
        return { ok: false, error: new AppError('FORBIDDEN_HOST').toApiError() };
      }
      const windowId = event.sender.id;
      const result = await backend.call(name, arg, sessionOf.get(windowId));
      if (result.ok && (name === 'auth-signin' || name === 'auth-setup')) {
        sessionOf.set(windowId, (result.value as SignedIn).token);
        event.sender.once('destroyed', () => sessionOf.delete(windowId));
      }
      if (name === 'auth-signout') sessionOf.delete(windowId);
      return result;
    });
  }
}
