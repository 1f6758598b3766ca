// Bundles the Electron main process and preload into dist/electron (CommonJS, as Electron loads them).
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  external: ['electron', 'better-sqlite3'],
  logLevel: 'warning',
};

await build({ ...common, entryPoints: ['electron/shell/main.ts'], outfile: 'dist/electron/main.cjs' });
// The preload runs sandboxed: it may require only 'electron', so everything else is bundled in.
await build({ ...common, entryPoints: ['electron/shell/preload.ts'], outfile: 'dist/electron/preload.cjs' });
