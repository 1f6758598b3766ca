import path from 'node:path';
import { createBackend, type Backend } from '../../electron/backend';
import { FIXED_NOW, tempDir } from './temp-db';

export type StaffName = 'admin' | 'ani' | 'budi' | 'kacab';

/**
 * A browser-mode store with an admin, two clerks (ani, budi) and a branch head (kacab), each signed in:
 * `call(name, arg, who)` acts as that person; `value()` unwraps a Result or fails with its code.
 */
export async function staffedBackend() {
  const tmp = tempDir();
  const backend: Backend = createBackend(path.join(tmp.dir, 'staffed.db'), 'browser', { now: FIXED_NOW });
  const tokens: Partial<Record<StaffName, string>> = {};
  const call = (name: string, arg: unknown, who: StaffName) => backend.call(name, arg, tokens[who]);
  const value = async <T>(p: ReturnType<Backend['call']>): Promise<T> => {
    const r = await p;
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as T;
  };
  tokens.admin = (await value<{ token: string }>(backend.call('auth-setup', { username: 'admin', displayName: 'Admin', password: 'admin-kuat-123' }))).token;
  for (const [username, role] of [['ani', 'petugas'], ['budi', 'petugas'], ['kacab', 'kepala_cabang']] as const) {
    await value(call('staff-save', { mode: 'create', username, displayName: username, role, password: `${username}-kuat-123` }, 'admin'));
    tokens[username] = (await value<{ token: string }>(backend.call('auth-signin', { username, password: `${username}-kuat-123` }))).token;
  }
  return {
    backend,
    call,
    value,
    remove: () => {
      backend.close();
      tmp.remove();
    },
  };
}
