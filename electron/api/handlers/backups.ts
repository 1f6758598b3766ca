import fs from 'node:fs';
import path from 'node:path';
import type { BackupFile } from '../../../shared/domain/backup';
import { backupTo, checkBackupFile } from '../../backup/backup';
import { appendAudit } from '../../store/audit';
import { AppError } from '../../errors/app-error';
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

export const backupHandlers: HandlerGroup<'backups-list' | 'backups-create' | 'backups-restore'> = {
  'backups-list': (ctx) => listBackups(ctx),
  'backups-create': async (ctx) => {
    const name = `sigap-manual-${ctx.now().toISOString().replace(/[:.]/g, '-')}.db`;
    const { bytes } = await backupTo(ctx.db, path.join(ctx.storage.backupDir, name));
    appendAudit(ctx.db, { action: 'backup', entity: 'store', entityId: name, detail: { bytes } });
    return { name, bytes, createdAt: ctx.now().toISOString(), kind: 'manual' as const, folder: ctx.storage.backupDir };
  },
  'backups-restore': async (ctx, { name }) => {
    const file = backupPath(ctx, name);
    checkBackupFile(file); // refuse before closing anything
    // The pipeline writes the restore entry (who, from what) into the restored store before the swap.
    const result = await ctx.storage.restore(file);
    return { ...result, restoredFrom: name, previousSavedAs: result.previousSavedAs && path.basename(result.previousSavedAs) };
  },
};
