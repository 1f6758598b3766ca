import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../backend';
import { scheduleDailyBackups } from '../backup/daily-backup';
import { defaultDataDir } from '../db/open';
import { scheduleUpkeep } from '../upkeep/schedule-upkeep';
import { seedDemoIfEmpty } from '../../seeds/demo/seed-if-empty';
import { startHttpHost } from './http-host';

/** Browser mode: the same backend as the Electron app, served on loopback to a browser. */
async function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const dataDir = defaultDataDir();
  const backend = createBackend(path.join(dataDir, 'sigap.db'), 'browser');
  if (process.env.SIGAP_DEMO !== '0') seedDemoIfEmpty(backend.db, (line) => console.log(line));
  scheduleDailyBackups(backend.current, path.join(dataDir, 'backups'));
  scheduleUpkeep(backend.current);
  backend.sync.start();
  const host = await startHttpHost({
    backend,
    staticDir: path.join(root, 'dist/renderer'),
    port: Number(process.env.SIGAP_PORT ?? 0),
  });
  console.log(`Data: ${dataDir}`);
  console.log(`Sigap berjalan di ${host.url}`);
  console.log('Buka alamat di atas di peramban. Tekan Ctrl+C untuk berhenti.');
  if (backend.db.prepare('SELECT count(*) FROM staff').pluck().get() === 0) {
    console.log('Pertama kali: halaman itu meminta Anda membuat akun admin, lalu admin membuat akun petugas.');
  }
  const stop = async () => {
    await host.close();
    backend.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
