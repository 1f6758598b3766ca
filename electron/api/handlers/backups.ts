import fs from 'node:fs';
import path from 'node:path';
import type { BackupFile } from '../../../shared/domain/backup';
import { backupTo, checkBackupFile } from '../../backup/backup';
import { appendAudit } from '../../store/audit';
import { AppError } from '../../errors/app-error';
import { actorOf } from '../../importer/actor';
import type { HandlerContext } from '../context';
import type { HandlerGroup } from '../registry';

const BACKUP_NAME = /^[\w.-]{1,120}\.db$/;

function kindOf(name: string): BackupFile['kind'] {
  if (name.startsWith('sigap-harian-')) return 'harian';
  if (name.startsWith('sebelum-pulih-')) return 'sebelum-pulih';
  return 'manual';
}

function listBackups(ctx: HandlerContext): BackupFile[] {
  if (!fs.existsSync(ctx.storage.backupDir)) return [];
  return fs
    .readdirSync(ctx.storage.backupDir)
    .filter((name) => BACKUP_NAME.test(name))
    .map((name) => {
      const stat = fs.statSync(path.join(ctx.storage.backupDir, name));
      return { name, bytes: stat.size, createdAt: stat.mtime.toISOString(), kind: kindOf(name) };
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Only a plain file name inside the backup folder: never a path the caller chose. */
function backupPath(ctx: HandlerContext, name: string): string {
  if (!BACKUP_NAME.test(name) || name !== path.basename(name)) throw new AppError('BACKUP_NOT_FOUND', { file: name });
  return path.join(ctx.storage.backupDir, name);
}

/** A backup into the backup folder, logged; `onProgress` hears pages done of the total as it copies. */
async function makeBackup(ctx: HandlerContext, name: string, onProgress?: (done: number, total: number) => void) {
  const { bytes } = await backupTo(ctx.db, path.join(ctx.storage.backupDir, name), onProgress);
  appendAudit(ctx.db, { action: 'backup', entity: 'store', entityId: name, detail: { bytes } });
  return { name, bytes, createdAt: ctx.now().toISOString(), kind: 'manual' as const, folder: ctx.storage.backupDir };
}

const manualName = (ctx: HandlerContext) => `sigap-manual-${ctx.now().toISOString().replace(/[:.]/g, '-')}.db`;

export const backupHandlers: HandlerGroup<'backups-list' | 'backups-create' | 'backups-create-start' | 'backups-restore'> = {
  'backups-list': (ctx) => listBackups(ctx),
  'backups-create': (ctx) => makeBackup(ctx, manualName(ctx)),
  /** The same backup as a job: pages copied of the total, cancel stops it with no file left behind. */
  'backups-create-start': (ctx) => {
    const name = manualName(ctx);
    const view = ctx.jobs.start(
      'backup',
      name,
      actorOf(ctx),
      (job) => {
        job.progress('copying');
        // Bytes, not pages: what the person knows a file by.
        const pageSize = ctx.db.pragma('page_size', { simple: true }) as number;
        return makeBackup(ctx, name, (done, total) => {
          job.throwIfCancelled();
          job.progress('copying', done * pageSize, total * pageSize);
        });
      },
      name,
    );
    return { ...view, result: null };
  },
  'backups-restore': async (ctx, { name }) => {
    const file = backupPath(ctx, name);
    checkBackupFile(file); // refuse before closing anything
    // The pipeline writes the restore entry (who, from what) into the restored store before the swap.
    const result = await ctx.storage.restore(file);
    return { ...result, restoredFrom: name, previousSavedAs: result.previousSavedAs && path.basename(result.previousSavedAs) };
  },
};
