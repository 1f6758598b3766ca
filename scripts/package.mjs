// `npm run package`: renderer + main bundles, then electron-builder. Needs Electron's download servers.
import { spawnSync } from 'node:child_process';

const steps = [
  ['npx', ['vite', 'build', '--config', 'renderer/vite.config.ts']],
  [process.execPath, ['scripts/build-electron.mjs']],
  ['npx', ['electron-builder', '--config', 'build/electron-builder.yml', ...process.argv.slice(2)]],
];
for (const [cmd, args] of steps) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
