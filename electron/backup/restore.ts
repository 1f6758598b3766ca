import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type Db } from '../db/open';
import { markRestored } from '../sync/sync-state';
import { backupTo, checkBackupFile, type BackupCheck } from './backup';

export interface RestoreResult extends BackupCheck {
  restoredFrom: string;
  /** The store as it was just before the restore, so a mistaken restore can itself be undone. */
  previousSavedAs: string | null;
  schemaVersionAfter: number;
  /** Changes the replaced store had queued for the branch server and never sent: listed, not silently lost. */
  unsyncedBeforeRestore: { entity: string; key: string; op: string }[];
}

const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');

/**
 * Replaces the store at `dbFile` with a checked backup. The store must not be open elsewhere. The current
 * file is saved first; the backup is copied beside the target and renamed over it, then migrated if older.
 */
export async function restoreFrom(backupFile: string, dbFile: string): Promise<RestoreResult> {
  const check = checkBackupFile(backupFile);
  const target = path.resolve(dbFile);
  let previousSavedAs: string | null = null;
  let unsyncedBeforeRestore: RestoreResult['unsyncedBeforeRestore'] = [];
  if (fs.existsSync(target)) {
    const current = openDatabase(target);
    try {
      unsyncedBeforeRestore = unsyncedChanges(current);
      previousSavedAs = path.join(path.dirname(target), 'backups', `sebelum-pulih-${stamp()}.db`);
      await backupTo(current, previousSavedAs);
    } finally {
      current.close();
    }
  }
  const staging = `${target}.restoring`;
  fs.copyFileSync(backupFile, staging);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
  fs.renameSync(staging, target);
  const restored = openDatabase(target); // migrates a backup made by an older schema
  const schemaVersionAfter = restored.pragma('user_version', { simple: true }) as number;
  markRestored(restored); // the next sync re-bases this desk on the server instead of replaying old numbers
  restored.close();
  return { ...check, restoredFrom: path.resolve(backupFile), previousSavedAs, schemaVersionAfter, unsyncedBeforeRestore };
}

function unsyncedChanges(db: Db): RestoreResult['unsyncedBeforeRestore'] {
  return db.prepare('SELECT entity, key, op FROM sync_outbox ORDER BY id LIMIT 1000').all() as RestoreResult['unsyncedBeforeRestore'];
}
