// `npm start`: the Electron app where its binary exists, otherwise browser mode on loopback.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args, env = process.env) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

console.log('Membangun tampilan (renderer)…');
run('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']);

const electron = electronBinary(root);
if (electron) {
  run(process.execPath, ['scripts/build-electron.mjs']);
  const binding = await import('./electron-native.mjs').then((m) => m.electronNativeBinding(root));
  const child = spawn(electron, ['.'], { cwd: root, stdio: 'inherit', env: { ...process.env, SIGAP_NATIVE_BINDING: binding } });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('Electron tidak tersedia di mesin ini: menjalankan mode peramban.');
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/hosts/browser-main.ts'], { cwd: root, stdio: 'inherit' });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code) => process.exit(code ?? 0));
}
