import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors/app-error';
import { createPrivateFile, ensurePrivateDir, makePrivate } from '../db/file-modes';
import { migrations } from '../db/migrations/index';
import { nativeBindingOption } from '../db/native-binding';
import type { Db } from '../db/connection';

/** Pages copied per step: a step holds the event loop for a few milliseconds, so requests and progress keep moving. */
export const BACKUP_PAGES_PER_STEP = 256;

/**
 * A consistent copy of a live store through SQLite's online backup API (readers and writers keep going).
 * `onProgress` hears pages done of the total after each step; a throw from it (a cancel) stops the copy and
 * leaves no file under the backup's name.
 */
export async function backupTo(
  db: Db,
  outFile: string,
  onProgress?: (pagesDone: number, pagesTotal: number) => void,
): Promise<{ file: string; bytes: number }> {
  const target = path.resolve(outFile);
  ensurePrivateDir(path.dirname(target));
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  createPrivateFile(partial); // private from its first byte, not chmod-ed after the data is in
  try {
    let pages = 0;
    await db.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        pages = totalPages;
        onProgress?.(totalPages - remainingPages, totalPages);
        return BACKUP_PAGES_PER_STEP;
      },
    });
    // SQLite reports before each step, not after the last: the end is said here.
    if (pages > 0) onProgress?.(pages, pages);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  makePrivate(partial);
  fs.renameSync(partial, target); // a crash mid-backup never leaves a half file under the real name
  return { file: target, bytes: fs.statSync(target).size };
}

export interface BackupCheck {
  schemaVersion: number;
  employers: number;
  workers: number;
}

/** Refuses anything that is not a healthy Sigap store this app can read (older versions are fine). */
export function checkBackupFile(file: string): BackupCheck {
  if (!fs.existsSync(file)) throw new AppError('BACKUP_NOT_FOUND', { file: path.basename(file) });
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...nativeBindingOption() });
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new AppError('BACKUP_CORRUPT', { detail: String(integrity).slice(0, 120) });
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    if (schemaVersion > migrations.length) {
      throw new AppError('DB_TOO_NEW', { found: schemaVersion, supported: migrations.length });
    }
    const hasTables = db.prepare(`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('employers', 'workers')`).pluck().get();
    if (schemaVersion < 1 || hasTables !== 2) throw new AppError('BACKUP_NOT_SIGAP', { file: path.basename(file) });
    const count = (t: string) => db!.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number;
    return { schemaVersion, employers: count('employers'), workers: count('workers') };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('BACKUP_CORRUPT', { detail: error instanceof Error ? error.message.slice(0, 120) : 'unknown' });
  } finally {
    db?.close();
  }
}
