import { generateDemo } from '../../../seeds/demo/generate-demo';
import { DEMO_SIZE } from '../../../seeds/demo/seed-if-empty';
import { schemaVersion } from '../../db/migrate';
import type { Backend } from '../../backend';
import type { CliIo, ParsedArgs } from '../cli-context';

/** `init --db FILE [--demo] [--employers N --workers N --seed N]` — creates or migrates a store. */
export async function initCommand(backend: Backend, args: ParsedArgs, io: CliIo): Promise<number> {
  let demo = null;
  if (args.values.demo) {
    const { n } = backend.db.prepare('SELECT count(*) AS n FROM employers').get() as { n: number };
    if (n === 0) {
      demo = generateDemo(backend.db, {
        employers: Number(args.values.employers ?? DEMO_SIZE.employers),
        workers: Number(args.values.workers ?? DEMO_SIZE.workers),
        seed: args.values.seed ? Number(args.values.seed) : undefined,
      });
    }
  }
  const result = { db: backend.db.name, schemaVersion: schemaVersion(backend.db), demo };
  io.out(args.values.json ? JSON.stringify(result) : `Basis data siap: ${result.db} (skema ${result.schemaVersion})`);
  return 0;
}
