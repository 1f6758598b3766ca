import type { EmployerSummary } from '../../../shared/domain/employer';
import type { WorkerListItem } from '../../../shared/domain/worker';
import type { Backend } from '../../backend';
import { allPages, stringOpt, unwrap, UsageError, type CliIo, type ParsedArgs } from '../cli-context';

/** The `list workers` JSON shape is an interface other tools rely on: keep these fields. */
const workerJson = (w: WorkerListItem) => ({
  nik: w.nik,
  name: w.name,
  birthDate: w.birthDate,
  gender: w.gender,
  wage: w.wage,
  startDate: w.startDate,
  status: w.status,
  npp: w.npp,
});

async function workersOf(backend: Backend, npp: string | undefined): Promise<WorkerListItem[]> {
  if (npp) {
    await unwrap(backend, 'employers-get', { npp }); // an unknown NPP is an error, not an empty list
    return allPages<WorkerListItem>(backend, 'workers-list', { npp });
  }
  const employers = await allPages<EmployerSummary>(backend, 'employers-list', {});
  const all: WorkerListItem[] = [];
  for (const e of employers) all.push(...(await allPages<WorkerListItem>(backend, 'workers-list', { npp: e.npp })));
  return all;
}

/** `list employers|workers [--employer NPP] --db FILE --json` */
export async function listCommand(backend: Backend, args: ParsedArgs, io: CliIo): Promise<number> {
  const what = args.positionals[1];
  if (what === 'employers') {
    const rows = await allPages<EmployerSummary>(backend, 'employers-list', { query: stringOpt(args, 'query') ?? '' });
    io.out(args.values.json ? JSON.stringify(rows) : rows.map((e) => `${e.npp}  ${e.name}  (${e.activeWorkers} TK)`).join('\n'));
    return 0;
  }
  if (what === 'funded') return (await import('./segments')).listFundedCommand(backend, args, io);
  if (what === 'workers') {
    const rows = (await workersOf(backend, stringOpt(args, 'employer'))).map(workerJson);
    io.out(args.values.json ? JSON.stringify(rows) : rows.map((w) => `${w.nik}  ${w.name}  ${w.status}`).join('\n'));
    return 0;
  }
  throw new UsageError('list employers|workers');
}
