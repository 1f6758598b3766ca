import { ipcMain } from 'electron';
import { API_NAMES } from '../../shared/api/bridge';
import type { Backend } from '../backend';
import { AppError } from '../api/app-error';
import { isAppUrl } from './url-policy';

/** One IPC channel per handler; the argument is schema-checked by dispatch, the sender must be the app. */
export function serveIpc(backend: Backend): void {
  for (const name of API_NAMES) {
    ipcMain.handle(`api:${name}`, (event, arg: unknown) => {
      if (!event.senderFrame || !isAppUrl(event.senderFrame.url)) {
        return { ok: false, error: new AppError('FORBIDDEN_HOST').toApiError() };
      }
      return backend.call(name, arg);
    });
  }
}
