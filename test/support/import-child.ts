// Child process for the kill -9 test: imports a roster through the app's import path. From inside the commit
// loop (rows already written, transaction open) it prints "inside <inTransaction>", so the parent's kill lands
// inside the write; with "hold" it then waits there until it is killed, so the kill cannot miss the transaction.
import fs from 'node:fs';
import path from 'node:path';
import { createBackend } from '../../electron/backend';
import { runImport } from '../../electron/importer/run-import';

const [dbFile, rosterFile, npp, mode] = process.argv.slice(2) as [string, string, string, string | undefined];
const backend = createBackend(dbFile, 'cli');
const ctx = backend.context();
let announced = false;
await runImport(ctx, {
  kind: 'roster',
  fileName: path.basename(rosterFile),
  bytes: fs.readFileSync(rosterFile),
  npp,
  period: '2026-03',
  dryRun: false,
  user: 'crash-test',
  onProgress: (p) => {
    if (p.phase === 'writing' && p.done > 0 && !announced) {
      announced = true;
      process.stdout.write(`inside ${ctx.db.inTransaction}\n`);
      if (mode === 'hold') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
    }
  },
});
process.stdout.write('done\n');
backend.close();
