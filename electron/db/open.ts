import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { registerAuditFunctions } from '../audit/actor';
import { migrate } from './migrate';

export type Db = Database.Database;

/** Opens (creating if needed) the store at `file` and brings its schema up to date. */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  // Under Electron (dev start), a copy of better-sqlite3 built for Electron's ABI; see scripts/start.mjs.
  const nativeBinding = process.env.SIGAP_NATIVE_BINDING;
  const db = new Database(file, nativeBinding ? { nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    registerAuditFunctions(db);
    migrate(db);
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
