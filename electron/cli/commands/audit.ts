import type { AuditEntry } from '../../../shared/domain/staff';
import { verifyAuditChain } from '../../audit/verify-chain';
import type { Backend } from '../../backend';
import { AppError } from '../../errors/app-error';
import { allPages, stringOpt, UsageError, type CliIo, type ParsedArgs } from '../cli-context';

/** `audit --db DB [--since DATE] [--json]` — the trail, newest first. */
export async function auditCommand(backend: Backend, args: ParsedArgs, io: CliIo): Promise<number> {
  if (args.positionals[1] === 'verify') return auditVerify(backend, args, io);
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

/**
 * `audit verify --db DB [--json]` — walks the hash chain. Always prints `{ ok, entries, firstBad }`; when the
 * chain breaks it adds `error: { code: "AUDIT_CHAIN_BROKEN", message }` and exits 1.
 */
function auditVerify(backend: Backend, args: ParsedArgs, io: CliIo): number {
  const report = verifyAuditChain(backend.db);
  const error = report.ok ? undefined : new AppError('AUDIT_CHAIN_BROKEN', { firstBad: report.firstBad ?? '?' }).toApiError();
  io.out(
    args.values.json
      ? JSON.stringify({ ...report, ...(error ? { error } : {}) })
      : report.ok
        ? `Jejak audit utuh: ${report.entries} entri.`
        : `${error!.message} (${report.entries} entri diperiksa)`,
  );
  return report.ok ? 0 : 1;
}
