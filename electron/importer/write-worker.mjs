// Worker entry. A built app ships write-worker.js next to this file; from TypeScript sources (tsx, vitest)
// the TypeScript loader is registered inside the worker first.
import { existsSync } from 'node:fs';

const built = new URL('./write-worker.js', import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./write-worker.ts');
}
