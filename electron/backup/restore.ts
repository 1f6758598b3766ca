import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { runAs } from '../audit/actor';
import type { Db } from '../db/connection';
import { makePrivate } from '../db/file-modes';
import { nativeBindingOption } from '../db/native-binding';
import { openDatabase } from '../db/open';
import { AppError } from '../errors/app-error';
import { appendAudit } from '../store/audit';
import { markAccountsExisted } from '../store/store-meta';
import { markRestored } from '../sync/sync-state';
import { checkBackupFile, type BackupCheck } from './backup';
import { swapIn } from './swap-in';
import { verifyStore } from './verify-store';

export interface RestoreResult extends BackupCheck {
  restoredFrom: string;
  /** The store as it was just before the restore, so a mistaken restore can itself be undone. */
  previousSavedAs: string | null;
  schemaVersionAfter: number;
  /** Changes the replaced store had queued for the branch server and never sent: listed, not silently lost. */
  unsyncedBeforeRestore: { entity: string; key: string; op: string }[];
}

export interface RestoreOptions {
  /** Who restores: named in the restore entry written into the restored store's audit trail. */
  actor?: string;
  /**
   * The re-base hook: runs on the migrated, verified staging copy, inside the same transaction as the
   * restore's audit entry, before anything is swapped. Throwing cancels the restore with the store untouched.
   */
  afterVerify?: (staged: Db) => void;
}

const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');

/** Whether the store about to be replaced ever had accounts; an unreadable one counts as yes (safer). */
function currentHadAccounts(target: string): boolean {
  if (!fs.existsSync(target)) return false;
  let db: Database.Database | null = null;
  try {
    db = new Database(target, { readonly: true, fileMustExist: true, timeout: 0, ...nativeBindingOption() });
    const has = (sql: string) => {
      try {
        return db!.prepare(sql).pluck().get() !== undefined;
      } catch {
        return false;
      }
    };
    return has(`SELECT 1 FROM staff LIMIT 1`) || has(`SELECT 1 FROM store_meta WHERE key = 'accounts_existed'`);
  } catch {
    return true;
  } finally {
    db?.close();
  }
}

/** What the store about to be replaced still had to send to the branch server (it stays in the file saved aside). */
function unsyncedChanges(target: string): RestoreResult['unsyncedBeforeRestore'] {
  if (!fs.existsSync(target)) return [];
  let db: Database.Database | null = null;
  try {
    db = new Database(target, { readonly: true, fileMustExist: true, timeout: 0, ...nativeBindingOption() });
    return db.prepare('SELECT entity, key, op FROM sync_outbox ORDER BY id LIMIT 1000').all() as RestoreResult['unsyncedBeforeRestore'];
  } catch {
    return [];
  } finally {
    db?.close();
  }
}

function removeStaging(staging: string): void {
  for (const f of [staging, `${staging}-wal`, `${staging}-shm`, `${staging}-journal`]) fs.rmSync(f, { force: true });
}

/** Migrates the staging copy; a backup that cannot be migrated is refused with the store untouched. */
function openStaging(staging: string): Db {
  try {
    return openDatabase(staging);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('RESTORE_MIGRATION_FAILED', { detail: error instanceof Error ? error.message.slice(0, 120) : 'unknown' });
  }
}

/**
 * The one restore pipeline (CLI and app): check the backup, copy it to a staging file, migrate and fully
 * verify the copy, run the re-base hook, record the restore in the copy's audit trail, and only then take
 * the store's exclusive lock, save the current file aside and swap the copy in. Until the swap, every
 * refusal leaves the current store exactly as it was; the swap itself is one rename.
 */
export async function restoreFrom(backupFile: string, dbFile: string, options: RestoreOptions = {}): Promise<RestoreResult> {
  const check = checkBackupFile(backupFile);
  const target = path.resolve(dbFile);
  const staging = `${target}.restoring`;
  const saveAs = path.join(path.dirname(target), 'backups', `sebelum-pulih-${stamp()}.db`);
  removeStaging(staging);
  try {
    fs.copyFileSync(backupFile, staging);
    makePrivate(staging);
    const hadAccounts = currentHadAccounts(target);
    const unsyncedBeforeRestore = unsyncedChanges(target);
    const staged = openStaging(staging);
    let schemaVersionAfter: number;
    try {
      verifyStore(staged);
      runAs(options.actor ?? 'system', () =>
        staged
          .transaction(() => {
            markRestored(staged); // the next sync re-bases this desk on the server instead of replaying old numbers
            options.afterVerify?.(staged);
            if (hadAccounts) markAccountsExisted(staged);
            appendAudit(staged, {
              action: 'restore',
              entity: 'store',
              entityId: path.basename(backupFile),
              detail: { previousSavedAs: fs.existsSync(target) ? path.basename(saveAs) : null },
            });
          })
          .immediate(),
      );
      schemaVersionAfter = staged.pragma('user_version', { simple: true }) as number;
      staged.pragma('journal_mode = DELETE'); // one self-contained file to rename
    } finally {
      staged.close();
    }
    const saved = await Promise.resolve(swapIn(staging, target, saveAs));
    return { ...check, restoredFrom: path.resolve(backupFile), previousSavedAs: saved ? saveAs : null, schemaVersionAfter, unsyncedBeforeRestore };
  } finally {
    removeStaging(staging);
  }
}
