// `npm start`: the Electron app where its binary exists, otherwise browser mode on loopback. What is built
// (renderer, main process) is rebuilt only when its sources changed, so a second start goes straight to work.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfChanged } from './build-stamp.mjs';
import { electronBinary } from './electron-binary.mjs';
import { NODE_INPUTS, builtEntry } from './node-entry.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RENDERER_INPUTS = ['renderer', 'shared', 'package-lock.json'];

const run = (cmd, args, env = process.env) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

await buildIfChanged(root, { inputs: RENDERER_INPUTS, outDir: path.join(root, 'dist/renderer') }, async (tmpDir) => {
  console.log('Membangun tampilan (renderer)…');
  run('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn', '--outDir', tmpDir, '--emptyOutDir']);
});

const electron = electronBinary(root);
if (electron) {
  await buildIfChanged(root, { inputs: NODE_INPUTS, outDir: path.join(root, 'dist/electron') }, async (tmpDir) => {
    const { buildElectron } = await import('./electron-bundles.mjs');
    await buildElectron(tmpDir);
  });
  const binding = await import('./electron-native.mjs').then((m) => m.electronNativeBinding(root));
  const child = spawn(electron, ['.'], { cwd: root, stdio: 'inherit', env: { ...process.env, SIGAP_NATIVE_BINDING: binding } });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('Electron tidak tersedia di mesin ini: menjalankan mode peramban.');
  const host = await builtEntry('electron/hosts/browser-main.ts', 'host');
  const child = spawn(process.execPath, [host], { cwd: root, stdio: 'inherit' });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code) => process.exit(code ?? 0));
}
