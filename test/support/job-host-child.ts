// Child process for the host-restart test: a browser-mode host that starts an import write as a job and, once
// the job is writing, prints its id and waits to be killed (kill -9: no shutdown code runs).
import fs from 'node:fs';
import { createBackend } from '../../electron/backend';
import { sampleEmployer } from './temp-db';

const [dbFile, rosterFile] = process.argv.slice(2) as [string, string];
const backend = createBackend(dbFile, 'browser');
const value = async <T>(p: ReturnType<typeof backend.call>): Promise<T> => {
  const r = await p;
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
};
const admin = (await value<{ token: string }>(backend.call('auth-setup', { username: 'admin', displayName: 'Admin', password: 'admin-kuat-123' }))).token;
await value(backend.call('staff-save', { mode: 'create', username: 'ani', displayName: 'Ani', role: 'petugas', password: 'ani-kuat-123' }, admin));
const ani = (await value<{ token: string }>(backend.call('auth-signin', { username: 'ani', password: 'ani-kuat-123' }))).token;
await value(backend.call('employers-save', { employer: sampleEmployer(), mode: 'create' }, ani));
const { uploadId } = await value<{ uploadId: string }>(
  backend.call('uploads-put', { fileName: 'daftar-besar.xlsx', dataBase64: fs.readFileSync(rosterFile).toString('base64') }, ani),
);
const job = await value<{ id: string }>(backend.call('imports-commit-start', { uploadId, kind: 'roster', npp: '12345678', period: '2026-03' }, ani));
for (;;) {
  const v = await value<{ stage: string; done: number; status: string }>(backend.call('jobs-get', { jobId: job.id }, ani));
  if (v.status !== 'running') throw new Error(`the job ended before the kill: ${v.status}`);
  if (v.stage === 'writing' && v.done > 0) break;
  await new Promise((r) => setTimeout(r, 20));
}
process.stdout.write(`writing ${job.id}\n`);
setInterval(() => undefined, 60_000);
