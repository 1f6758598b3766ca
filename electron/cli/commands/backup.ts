import { backupTo } from '../../backup/backup';
import { restoreFrom } from '../../backup/restore';
import type { Backend } from '../../backend';
import { defaultDbFile } from '../../db/open';
import { requireOpt, stringOpt, UsageError, type CliIo, type ParsedArgs } from '../cli-context';

/** `backup --db DB --out FILE` — an online backup of the live store. */
export async function backupCommand(backend: Backend, args: ParsedArgs, io: CliIo): Promise<number> {
  const result = await backupTo(backend.db, requireOpt(args, 'out'));
  io.out(args.values.json ? JSON.stringify(result) : `Cadangan dibuat: ${result.file} (${result.bytes} byte)`);
  return 0;
}

/**
 * `restore FILE --db DB` — the restore pipeline (staging copy migrated and verified, then swapped in). Runs
 * without a backend, and refuses with STORE_IN_USE while any other process has the store open.
 */
export async function restoreCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const file = args.positionals[1];
  if (!file) throw new UsageError('restore FILE --db DB');
  const result = await restoreFrom(file, stringOpt(args, 'db') ?? defaultDbFile(), { actor: stringOpt(args, 'user') ?? 'system' });
  io.out(
    args.values.json
      ? JSON.stringify(result)
      : `Dipulihkan dari ${result.restoredFrom} (${result.employers} perusahaan, ${result.workers} tenaga kerja).` +
          (result.previousSavedAs ? ` Data sebelumnya disimpan di ${result.previousSavedAs}.` : ''),
  );
  return 0;
}
