import type { Result } from '../shared/api/result';
import type { SessionInfo } from '../shared/domain/staff';
import type { HandlerContext } from './api/context';
import { handlers } from './api/handlers/index';
import { dispatch } from './api/registry';
import { runAs } from './audit/actor';
import { SessionStore } from './auth/sessions';
import path from 'node:path';
import { restoreFrom, type RestoreResult } from './backup/restore';
import { openDatabase, type Db } from './db/open';
import { DeskSync } from './sync/desk-sync';

/** The store plus the handlers: what every host (IPC, HTTP, CLI) serves. */
export interface Backend {
  /** The open store; replaced (not mutated) by a restore. */
  readonly db: Db;
  /** The store file's absolute path. */
  readonly file: string;
  sessions: SessionStore;
  sync: DeskSync;
  /** `sessionToken`: the caller's session (HTTP header, or the IPC host's record for a window). */
  call(name: string, arg: unknown, sessionToken?: string): Promise<Result<unknown>>;
  /** The context a handler would get — for CLI commands that drive feature code directly. */
  context(sessionToken?: string): HandlerContext;
  close(): void;
}

export interface BackendOptions {
  now?: () => Date;
  /** The CLI's local user (`--user`, default `system`), who acts with every permission. */
  cliUser?: string;
}

export function createBackend(dbFile: string, mode: HandlerContext['mode'], options: BackendOptions = {}): Backend {
  let db = openDatabase(dbFile);
  const storage = {
    file: path.resolve(dbFile),
    backupDir: path.join(path.dirname(path.resolve(dbFile)), 'backups'),
    /** Closes the store, swaps the backup in (checked, previous saved aside), reopens it. */
    restore: async (backupFile: string): Promise<RestoreResult> => {
      db.close();
      try {
        return await restoreFrom(backupFile, dbFile);
      } finally {
        db = openDatabase(dbFile);
      }
    },
    current: () => db,
  };
  const sessions = new SessionStore();
  const sync = new DeskSync(() => db, storage.file);
  const now = options.now ?? (() => new Date());
  const cliSession: SessionInfo | null =
    mode === 'cli' ? { username: options.cliUser ?? 'system', displayName: options.cliUser ?? 'system', role: 'kepala_cabang' } : null;
  const context = (sessionToken?: string): HandlerContext => ({
    db,
    storage,
    mode,
    now,
    session: cliSession ?? sessions.get(sessionToken),
    sessionToken,
    sessions,
    sync,
  });
  return {
    get db() {
      return db;
    },
    file: storage.file,
    sessions,
    sync,
    context,
    call: (name, arg, sessionToken) => {
      const ctx = context(sessionToken);
      return runAs(ctx.session?.username ?? 'anonim', () => dispatch(handlers, ctx, name, arg));
    },
    close: () => {
      sync.stop();
      db.close();
    },
  };
}
