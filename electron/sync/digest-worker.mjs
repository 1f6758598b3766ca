// Worker entry. A built app ships digest-worker.js next to this file; from TypeScript sources (tsx, vitest)
// the TypeScript loader is registered inside the worker first. A failure to load still answers, so the
// thread waiting for it is never left hanging.
import { existsSync } from 'node:fs';
import { workerData } from 'node:worker_threads';

try {
  const built = new URL('./digest-worker.js', import.meta.url);
  if (existsSync(built)) {
    await import(built.href);
  } else {
    const { register } = await import('tsx/esm/api');
    register();
    await import('./digest-worker.ts');
  }
} catch (error) {
  workerData.port.postMessage({ ok: false, error: String(error) });
  const flag = new Int32Array(workerData.done);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}
