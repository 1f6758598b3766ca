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

/** Worker threads (the import parser, writer and undo, the sync digest): each NAME.mjs loads NAME.js when it sits beside it (the built app). */
const WORKERS = ['electron/importer/parse-worker', 'electron/importer/write-worker', 'electron/importer/undo-worker', 'electron/sync/digest-worker'];

/** ESM for plain Node, with a `require` for the CommonJS packages bundled in (pg asks for Node's built-ins). */
const esmForNode = {
  ...common,
  format: 'esm',
  banner: { js: "import { createRequire as __sigapCreateRequire } from 'node:module'; const require = __sigapCreateRequire(import.meta.url);" },
};

export async function buildImportWorker(outDir) {
  for (const entry of WORKERS) {
    const name = path.basename(entry);
    await build({ ...esmForNode, entryPoints: [`${entry}.ts`], outfile: path.join(outDir, `${name}.js`) });
    fs.copyFileSync(`${entry}.mjs`, path.join(outDir, `${name}.mjs`));
  }
}

export async function buildElectron(outDir = 'dist/electron') {
  await build({ ...cjsWithModuleUrl, entryPoints: ['electron/shell/main.ts'], outfile: path.join(outDir, 'main.cjs') });
  // The preload runs sandboxed: it may require only 'electron', so everything else is bundled in.
  await build({ ...common, format: 'cjs', entryPoints: ['electron/shell/preload.ts'], outfile: path.join(outDir, 'preload.cjs') });
  await buildImportWorker(outDir);
}

/**
 * The CLI and the browser-mode host as built JavaScript for plain Node (tsx compiles at every start). Code
 * split, so a command still loads only what it runs; the workers sit beside the chunks that start them.
 * `vite` and `playwright-core` stay outside: only the renderer build in tests and the PDF summary load them.
 */
export async function buildNodeEntry(entry, outDir) {
  await build({
    ...esmForNode,
    entryPoints: [entry],
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    splitting: true,
    // Chunks beside the entry: code that finds the repository from its own file (`../..`) sits as deep as in the sources.
    chunkNames: '[name]-[hash]',
    external: [...common.external, 'vite', 'playwright-core', 'tsx', 'tsx/*'],
  });
  await buildImportWorker(outDir);
}
