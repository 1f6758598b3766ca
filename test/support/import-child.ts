// Child process for the kill -9 test: imports a roster through the app's import path, announcing the
// moment it starts writing, so the parent can kill it inside the write.
import fs from 'node:fs';
import path from 'node:path';
import { createBackend } from '../../electron/backend';
import { runImport } from '../../electron/importer/run-import';

const [dbFile, rosterFile, npp] = process.argv.slice(2) as [string, string, string];
const backend = createBackend(dbFile, 'cli');
let announced = false;
await runImport(backend.context(), {
  kind: 'roster',
  fileName: path.basename(rosterFile),
  bytes: fs.readFileSync(rosterFile),
  npp,
  period: '2026-03',
  dryRun: false,
  user: 'crash-test',
  onProgress: (p) => {
    if (p.phase === 'writing' && !announced) {
      announced = true;
      process.stdout.write('writing\n');
    }
  },
});
process.stdout.write('done\n');
backend.close();
