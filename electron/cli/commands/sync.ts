import type { Db } from '../../db/connection';
import { listConflicts, resolveConflict } from '../../sync/conflicts';
import { runSync } from '../../sync/run-sync';
import { requireOpt, stringOpt, UsageError, type CliIo, type ParsedArgs } from '../cli-context';

/** The store alone, without the handlers: what the sync commands need. */
export interface StoreOnly {
  db: Db;
  file: string;
}

/** `sync --db FILE [--server URL --desk-key KEY]` — push the queue, pull the branch, print the summary. */
export async function syncCommand(backend: StoreOnly, args: ParsedArgs, io: CliIo): Promise<number> {
  const result = await runSync(backend.db, {
    serverUrl: stringOpt(args, 'server'),
    deskKey: stringOpt(args, 'desk-key'),
    dbFile: backend.file,
  });
  io.out(
    args.values.json
      ? JSON.stringify(result)
      : `Tersinkron: ${result.pushed} dikirim, ${result.pulled} diterima, ${result.conflicts} konflik, ${result.pending} menunggu.`,
  );
  return 0;
}

/** `conflicts --db FILE` lists; `conflicts resolve ID --keep local|remote` settles one. */
export async function conflictsCommand(backend: StoreOnly, args: ParsedArgs, io: CliIo): Promise<number> {
  if (args.positionals[1] === 'resolve') {
    const id = args.positionals[2];
    const keep = requireOpt(args, 'keep');
    if (!id || (keep !== 'local' && keep !== 'remote')) throw new UsageError('conflicts resolve ID --keep local|remote');
    const result = resolveConflict(backend.db, id, keep, stringOpt(args, 'user') ?? 'system');
    io.out(args.values.json ? JSON.stringify(result) : `Konflik ${id} diselesaikan (${keep}).`);
    return 0;
  }
  const items = listConflicts(backend.db, { open: args.values.all !== true });
  io.out(args.values.json ? JSON.stringify(items) : items.map((c) => `${c.id}\t${c.entity}\t${c.key}\t${c.field}\t${String(c.local)}\t${String(c.remote)}`).join('\n'));
  return 0;
}
