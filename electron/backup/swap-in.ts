import fs from 'node:fs';
import Database from 'better-sqlite3';
import { ensurePrivateDir, makePrivate } from '../db/file-modes';
import { nativeBindingOption } from '../db/native-binding';
import { AppError } from '../errors/app-error';
import path from 'node:path';

const sidecars = (file: string) => [`${file}-wal`, `${file}-shm`, `${file}-journal`];

/**
 * Takes SQLite's own exclusive lock on the current store, or refuses with STORE_IN_USE. Every process that
 * has the store open in WAL mode (a running app, a long CLI import) holds a shared lock on the file for as
 * long as it is open, and the OS drops it when the process dies (even by kill -9): unlike a lock file, it
 * can neither go stale nor be forgotten. Returns null when the current file is not a readable SQLite file
 * (a broken store must not block restoring a good backup; nobody can be using it through SQLite).
 */
function lockCurrent(file: string): Database.Database | null {
  let lock: Database.Database | null = null;
  try {
    lock = new Database(file, { timeout: 0, fileMustExist: true, ...nativeBindingOption() });
    lock.pragma('locking_mode = EXCLUSIVE');
    lock.exec('BEGIN EXCLUSIVE');
    lock.exec('COMMIT');
    // Folds any WAL into the file and leaves no -wal beside it, so the raw copy below is the whole store.
    lock.pragma('journal_mode = DELETE');
    return lock;
  } catch (error) {
    lock?.close();
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) throw new AppError('STORE_IN_USE');
    return null;
  }
}

/**
 * Replaces `target` by the verified `staging` file while holding the exclusive lock. The current file is
 * first saved aside byte for byte as `saveAs` (with its -wal when it could not be opened). Returns whether
 * something was saved.
 */
export function swapIn(staging: string, target: string, saveAs: string): boolean {
  if (!fs.existsSync(target)) {
    for (const f of sidecars(target)) fs.rmSync(f, { force: true });
    fs.renameSync(staging, target);
    return false;
  }
  const lock = lockCurrent(target);
  try {
    ensurePrivateDir(path.dirname(saveAs));
    fs.copyFileSync(target, saveAs);
    if (!lock && fs.existsSync(`${target}-wal`)) fs.copyFileSync(`${target}-wal`, `${saveAs}-wal`);
    makePrivate(saveAs, true);
    // A stale -wal of the old file must never be replayed onto the restored one.
    for (const f of sidecars(target)) fs.rmSync(f, { force: true });
    fs.renameSync(staging, target);
    return true;
  } finally {
    lock?.close();
  }
}
