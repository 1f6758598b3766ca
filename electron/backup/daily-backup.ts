import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/connection';
import { ensurePrivateDir } from '../db/file-modes';
import { backupTo } from './backup';

export const DAILY_BACKUPS_KEPT = 14;
const DAILY = /^sigap-harian-(\d{4}-\d{2}-\d{2})\.db$/;

/** One backup per calendar day in `dir`, keeping the newest DAILY_BACKUPS_KEPT. Returns the file made, if any. */
export async function dailyBackup(db: Db, dir: string, today = new Date()): Promise<string | null> {
  const day = today.toISOString().slice(0, 10);
  const file = path.join(dir, `sigap-harian-${day}.db`);
  ensurePrivateDir(dir);
  let made: string | null = null;
  if (!fs.existsSync(file)) made = (await backupTo(db, file)).file;
  const dailies = fs.readdirSync(dir).filter((f) => DAILY.test(f)).sort();
  for (const old of dailies.slice(0, Math.max(0, dailies.length - DAILY_BACKUPS_KEPT))) {
    fs.rmSync(path.join(dir, old), { force: true });
  }
  return made;
}

/** Runs dailyBackup now and then every few hours while the app is open; failures are logged, never fatal. */
export function scheduleDailyBackups(current: () => Db, dir: string): () => void {
  // Asks the owner for the connection at each run: a restore replaces it, and backups must keep going.
  const run = () =>
    dailyBackup(current(), dir).catch((error) => console.error('[sigap] daily backup failed:', error instanceof Error ? error.message : error));
  void run();
  const timer = setInterval(run, 3 * 60 * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
