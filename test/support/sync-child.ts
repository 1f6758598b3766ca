// A desk's sync in its own process, so a test can kill -9 it mid-push or mid-pull. Prints progress lines.
import { createBackend } from '../../electron/backend';
import { runSync } from '../../electron/sync/run-sync';

const [file] = process.argv.slice(2);
const backend = createBackend(file!, 'cli');
runSync(backend.db, { dbFile: file!, onProgress: (p) => process.stdout.write(`${p.stage} ${p.done}\n`) })
  .then((r) => {
    process.stdout.write(`done ${JSON.stringify(r)}\n`);
    backend.close();
  })
  .catch((e) => {
    process.stdout.write(`error ${e instanceof Error ? e.message : e}\n`);
    process.exitCode = 1;
  });
