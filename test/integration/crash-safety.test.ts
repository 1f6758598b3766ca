import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { migrations } from '../../electron/db/migrations/index';
import { openDatabase } from '../../electron/db/open';
import { tempDir } from '../support/temp-db';

const ROWS = 300_000;

/** Starts the child, kills it with SIGKILL `afterMs` after it reports ready, and resolves when it is gone. */
function runAndKill(file: string, afterMs: number): Promise<{ finished: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/slow-migration-child.ts', file, String(ROWS)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('ready') && !child.killed) setTimeout(() => child.kill('SIGKILL'), afterMs);
    });
    child.on('error', reject);
    child.on('exit', () => resolve({ finished: out.includes('done') }));
  });
}

describe('crash safety: kill -9 during a migration', () => {
  const tmp = tempDir();
  const outcomes: ('none' | 'all')[] = [];
  afterAll(() => tmp.remove());

  it.each([0, 40, 150, 400, 5000])('leaves an intact file holding all or none of the step (kill after %i ms)', async (ms) => {
    const file = path.join(tmp.dir, `crash-${ms}.db`);
    openDatabase(file).close(); // a store at the app's current version
    const { finished } = await runAndKill(file, ms);

    const db = new Database(file);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const version = db.pragma('user_version', { simple: true }) as number;
    const probe = db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'crash_probe'`).pluck().get() as number;
    outcomes.push(version === migrations.length ? 'none' : 'all');
    if (version === migrations.length) {
      expect(probe).toBe(0);
    } else {
      expect(version).toBe(migrations.length + 1);
      expect(db.prepare('SELECT count(*) FROM crash_probe').pluck().get()).toBe(ROWS);
    }
    if (finished) expect(version).toBe(migrations.length + 1);
    db.close();
  }, 60_000);

  it('really interrupted a migration mid-way at least once, and let one finish', () => {
    expect(outcomes).toContain('none');
    expect(outcomes).toContain('all');
  });
});
