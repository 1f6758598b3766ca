import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { migrations } from '../../electron/db/migrations/index';
import { openDatabase } from '../../electron/db/open';
import * as XLSX from 'xlsx';
import { createBackend } from '../../electron/backend';
import { sampleEmployer, tempDir } from '../support/temp-db';

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

const IMPORT_ROWS = 15_000;

/** A valid roster of IMPORT_ROWS workers, NIKs as text, written with SheetJS. */
function bigRoster(file: string): void {
  const rows: (string | number)[][] = [['NIK', 'Nama', 'Tanggal Lahir', 'L/P', 'Upah', 'TMT']];
  for (let i = 0; i < IMPORT_ROWS; i++) {
    const day = 1 + (i % 28);
    const month = 1 + (Math.floor(i / 28) % 12);
    const serial = String(1 + Math.floor(i / 336)).padStart(4, '0');
    const dd = String(day).padStart(2, '0');
    const mm = String(month).padStart(2, '0');
    rows.push([`647101${dd}${mm}85${serial}`, `Pekerja ${i}`, `${dd}-${mm}-1985`, 'L', 4_500_000, '01-01-2025']);
  }
  const ws = XLSX.utils.aoa_to_sheet(rows);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Daftar TK');
  fs.writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}

function importAndKill(dbFile: string, roster: string, afterWritingMs: number | null): Promise<{ finished: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/import-child.ts', dbFile, roster, '12345678'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (afterWritingMs !== null && out.includes('writing') && !child.killed) setTimeout(() => child.kill('SIGKILL'), afterWritingMs);
    });
    child.on('error', reject);
    child.on('exit', () => resolve({ finished: out.includes('done') }));
  });
}

describe('crash safety: kill -9 during an import', () => {
  const tmp = tempDir();
  const roster = path.join(tmp.dir, 'roster.xlsx');
  const outcomes: ('none' | 'all')[] = [];
  afterAll(() => tmp.remove());

  it.each([0, 150, 600, null])('holds all or none of the import (kill %s ms into writing; null = let it finish)', async (ms) => {
    if (!fs.existsSync(roster)) bigRoster(roster);
    const dbFile = path.join(tmp.dir, `import-${ms}.db`);
    const setup = createBackend(dbFile, 'cli');
    const made = await setup.call('employers-save', { employer: sampleEmployer(), mode: 'create' });
    expect(made.ok).toBe(true);
    setup.close();

    const { finished } = await importAndKill(dbFile, roster, ms);

    const db = new Database(dbFile);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const memberships = db.prepare('SELECT count(*) FROM memberships').pluck().get() as number;
    const workers = db.prepare('SELECT count(*) FROM workers').pluck().get() as number;
    const imports = db.prepare('SELECT count(*) FROM imports').pluck().get() as number;
    db.close();
    expect([0, IMPORT_ROWS]).toContain(memberships);
    expect(workers).toBe(memberships);
    expect(imports).toBe(memberships ? 1 : 0);
    if (finished) expect(memberships).toBe(IMPORT_ROWS);
    outcomes.push(memberships ? 'all' : 'none');
  }, 120_000);

  it('really interrupted an import mid-write at least once, and let one finish', () => {
    expect(outcomes).toContain('none');
    expect(outcomes).toContain('all');
  });
});
