import type { AuditEntry } from '../../../shared/domain/staff';
import type { Backend } from '../../backend';
import { allPages, stringOpt, UsageError, type CliIo, type ParsedArgs } from '../cli-context';

/** `audit --db DB [--since DATE] [--json]` — the trail, newest first. */
export async function auditCommand(backend: Backend, args: ParsedArgs, io: CliIo): Promise<number> {
  const since = stringOpt(args, 'since');
  if (since && Number.isNaN(Date.parse(since))) throw new UsageError('--since YYYY-MM-DD');
  const entries = await allPages<AuditEntry>(backend, 'audit-list', since ? { since: new Date(since).toISOString() } : {});
  io.out(
    args.values.json
      ? JSON.stringify(entries)
      : entries.map((e) => `${e.at}  ${e.actor}  ${e.action}  ${e.entity}${e.entityId ? ` ${e.entityId}` : ''}`).join('\n'),
  );
  return 0;
}
