// Builds a private copy of better-sqlite3 for Electron's ABI (dev start only). node_modules keeps the
// Node build, so tests and the CLI are never affected; packaging rebuilds in its own staging dir.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

export async function electronNativeBinding(root) {
  const require = createRequire(path.join(root, 'package.json'));
  const electronVersion = require('electron/package.json').version;
  const cacheDir = path.join(root, 'node_modules/.cache/sigap-electron', electronVersion);
  const moduleDir = path.join(cacheDir, 'node_modules/better-sqlite3');
  const binding = path.join(moduleDir, 'build/Release/better_sqlite3.node');
  if (fs.existsSync(binding)) return binding;
  fs.mkdirSync(path.dirname(moduleDir), { recursive: true });
  fs.cpSync(path.join(root, 'node_modules/better-sqlite3'), moduleDir, { recursive: true });
  fs.writeFileSync(path.join(cacheDir, 'package.json'), JSON.stringify({ name: 'sigap-native', dependencies: { 'better-sqlite3': '*' } }));
  const { rebuild } = await import('@electron/rebuild');
  console.log(`Membangun better-sqlite3 untuk Electron ${electronVersion}…`);
  await rebuild({ buildPath: cacheDir, electronVersion, onlyModules: ['better-sqlite3'], force: true });
  return binding;
}
