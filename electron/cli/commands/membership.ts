import { END_REASONS, type EndReason } from '../../../shared/domain/membership-history';
import type { Membership, WorkerDetail } from '../../../shared/domain/worker';
import { normaliseNpp } from '../../../shared/validate/npp';
import type { Backend } from '../../backend';
import { AppError } from '../../errors/app-error';
import { requireOpt, unwrap, UsageError, type CliIo, type ParsedArgs } from '../cli-context';

/** The active membership of a NIK at an NPP: what the desk means by "this worker at this employer". */
async function activeAt(backend: Backend, nik: string, nppInput: string): Promise<WorkerDetail['memberships'][number]> {
  const worker = await unwrap<WorkerDetail>(backend, 'workers-get', { nik });
  const npp = normaliseNpp(nppInput);
  const m = worker.memberships.find((x) => x.npp === npp && x.status === 'aktif');
  if (!m) throw new AppError('MEMBERSHIP_NOT_AT_EMPLOYER', { npp });
  return m;
}

/** Whole rupiah as typed; anything else goes to the handler as NaN and comes back a coded VALIDATION error. */
const rupiahArg = (text: string): number => (/^\d+$/.test(text) ? Number(text) : Number.NaN);

const line = (m: Membership) => `${m.npp}  ${m.status}  ${m.wage}  ${m.startDate}${m.endDate ? ` – ${m.endDate}` : ''}`;

/**
 * `membership wage --nik N --employer NPP --wage RP --from YYYY-MM`, `membership end --nik N --employer NPP
 * --date YYYY-MM-DD --reason CODE`, `membership move --nik N --from NPP --to NPP --date YYYY-MM-DD`.
 */
export async function membershipCommand(backend: Backend, args: ParsedArgs, io: CliIo): Promise<number> {
  const what = args.positionals[1];
  const json = Boolean(args.values.json);
  const nik = requireOpt(args, 'nik');
  if (what === 'wage') {
    const m = await activeAt(backend, nik, requireOpt(args, 'employer'));
    const arg = { membershipId: m.id, wage: rupiahArg(requireOpt(args, 'wage')), fromMonth: requireOpt(args, 'from') };
    const value = await unwrap<Membership & { wageHistory: unknown[] }>(backend, 'memberships-wage', arg);
    io.out(json ? JSON.stringify(value) : line(value));
    return 0;
  }
  if (what === 'end') {
    const m = await activeAt(backend, nik, requireOpt(args, 'employer'));
    const reason = requireOpt(args, 'reason');
    if (!(END_REASONS as readonly string[]).includes(reason)) throw new AppError('END_REASON_INVALID', { reason });
    const value = await unwrap<Membership>(backend, 'workers-end', { membershipId: m.id, endDate: requireOpt(args, 'date'), reason: reason as EndReason });
    io.out(json ? JSON.stringify({ ...value, endReason: reason }) : line(value));
    return 0;
  }
  if (what === 'move') {
    const m = await activeAt(backend, nik, requireOpt(args, 'from'));
    const value = await unwrap<{ ended: Membership; started: Membership }>(backend, 'memberships-move', {
      membershipId: m.id,
      toNpp: requireOpt(args, 'to'),
      date: requireOpt(args, 'date'),
    });
    io.out(json ? JSON.stringify(value) : `${line(value.ended)}\n${line(value.started)}`);
    return 0;
  }
  throw new UsageError('membership wage|end|move');
}
