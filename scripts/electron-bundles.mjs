// How the Electron main process, preload and import worker are bundled (shared by the build and its test).
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  external: ['electron', 'better-sqlite3'],
  logLevel: 'warning',
};

/** CommonJS, as Electron's main loads it; code that finds files beside itself uses import.meta.url, so give it one. */
export const cjsWithModuleUrl = {
  ...common,
  format: 'cjs',
  define: { 'import.meta.url': '__sigapModuleUrl' },
  banner: { js: "const __sigapModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
};

/** Worker threads (the import parser and writer, the sync digest): each NAME.mjs loads NAME.js when it sits beside it (the built app). */
const WORKERS = ['electron/importer/parse-worker', 'electron/importer/write-worker', 'electron/sync/digest-worker'];

export async function buildImportWorker(outDir) {
  for (const entry of WORKERS) {
    const name = path.basename(entry);
    await build({
      ...common,
      format: 'esm',
      entryPoints: [`${entry}.ts`],
      outfile: path.join(outDir, `${name}.js`),
      banner: { js: "import { createRequire as __sigapCreateRequire } from 'node:module'; const require = __sigapCreateRequire(import.meta.url);" },
    });
    fs.copyFileSync(`${entry}.mjs`, path.join(outDir, `${name}.mjs`));
  }
}

export async function buildElectron(outDir = 'dist/electron') {
  await build({ ...cjsWithModuleUrl, entryPoints: ['electron/shell/main.ts'], outfile: path.join(outDir, 'main.cjs') });
  // The preload runs sandboxed: it may require only 'electron', so everything else is bundled in.
  await build({ ...common, format: 'cjs', entryPoints: ['electron/shell/preload.ts'], outfile: path.join(outDir, 'preload.cjs') });
  await buildImportWorker(outDir);
}
