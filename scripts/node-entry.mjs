// Runs one of our TypeScript entry points as built JavaScript, building it first when its sources changed.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildIfChanged } from './build-stamp.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What the main-process code is built from. */
export const NODE_INPUTS = ['electron', 'shared', 'seeds', 'package-lock.json', 'scripts/electron-bundles.mjs', 'scripts/build-stamp.mjs'];

/** Builds `entry` (e.g. electron/cli/bin.ts) into dist/NAME when needed and returns the built file's path. */
export async function builtEntry(entry, name) {
  const outDir = path.join(root, 'dist', name);
  await buildIfChanged(root, { inputs: NODE_INPUTS, outDir }, async (tmpDir) => {
    const { buildNodeEntry } = await import('./electron-bundles.mjs'); // esbuild only when building
    await buildNodeEntry(path.join(root, entry), tmpDir);
  });
  return path.join(outDir, `${path.basename(entry, '.ts')}.mjs`);
}

export async function runEntry(entry, name) {
  await import(pathToFileURL(await builtEntry(entry, name)).href);
}
