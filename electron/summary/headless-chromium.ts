import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Flags for the headless Chromium that prints summaries (and that the end-to-end tests drive): no sandbox
 *  (it runs as the desk user inside our own process tree), and nothing that phones home or updates itself. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const chromiumPath = (): string => process.env.SIGAP_CHROMIUM ?? '/usr/bin/chromium';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const RENDERER_DIR = path.join(repoRoot, 'dist/renderer');

/** Builds the renderer into dist/renderer with vite, as it ships (React's production build). */
export async function buildRenderer(): Promise<void> {
  const { build } = await import('vite');
  // Vitest sets NODE_ENV=test, which would bundle React's development build; build what ships.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: path.join(repoRoot, 'renderer/vite.config.ts'), mode: 'production', logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = previous;
  }
}
