import path from 'node:path';
import Database from 'better-sqlite3';
import { registerAuditFunctions } from '../audit/actor';
import type { Db } from './connection';
import { createPrivateFile, makePrivate } from './file-modes';
import { migrate } from './migrate';
import { nativeBindingOption } from './native-binding';
import { restoreSetAside } from './set-aside-indexes';

export type { Db } from './connection';

/** How long one statement waits for another process's write lock before SQLITE_BUSY. */
export const DEFAULT_BUSY_TIMEOUT_MS = 5000;

export interface OpenOptions {
  /** Hosts serving a UI use a short wait and retry asynchronously, so a busy store never freezes the event loop. */
  busyTimeoutMs?: number;
}

/** Opens (creating if needed) the store at `file` and brings its schema up to date. */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  if (file !== ':memory:') createPrivateFile(path.resolve(file));
  const db = new Database(file, nativeBindingOption());
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS}`);
    registerAuditFunctions(db);
    // A bulk load killed half-way left its indexes set aside: they come back before anything else reads the store.
    restoreSetAside(db);
    migrate(db);
    if (file !== ':memory:') makePrivate(path.resolve(file), true);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Where browser mode and the CLI keep their data unless `--db` says otherwise. */
export function defaultDataDir(): string {
  return path.resolve(process.env.SIGAP_DATA_DIR ?? 'data');
}

export function defaultDbFile(): string {
  return path.join(defaultDataDir(), 'sigap.db');
}
