// `npm run cli`: the command line as built JavaScript (built on the first run after a source change).
import { runEntry } from './node-entry.mjs';

await runEntry('electron/cli/bin.ts', 'cli');
