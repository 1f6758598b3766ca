import fs from 'node:fs';
import type { Backend } from '../../backend';
import { createExport } from '../../exporter/exports';
import { actorOf } from '../../importer/actor';
import { exportGapsCommand } from './gaps';
import { requireOpt, stringOpt, UsageError, type CliIo, type ParsedArgs } from '../cli-context';

/** `export workers|employers --db DB [--employer NPP] [--branch KODE] --out FILE.xlsx [--json]` */
export async function exportCommand(backend: Backend, args: ParsedArgs, io: CliIo): Promise<number> {
  const what = args.positionals[1];
  if (what === 'gaps') return exportGapsCommand(backend, args, io);
  if (what !== 'workers' && what !== 'employers') throw new UsageError('export workers|employers');
  const out = requireOpt(args, 'out');
  const ctx = backend.context();
  const file = createExport(backend.db, {
    what,
    npp: stringOpt(args, 'employer'),
    branchCode: stringOpt(args, 'branch'),
    user: actorOf(ctx),
    mode: 'cli',
    today: ctx.now(),
  });
  fs.writeFileSync(out, Buffer.from(file.dataBase64, 'base64'));
  const result = { file: out, rows: file.rows };
  io.out(args.values.json ? JSON.stringify(result) : `${file.rows} baris diekspor ke ${out}`);
  return 0;
}
