import { nameWordsIndex } from '../support/name-words-intact';
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

type Kill = { afterMs: number; hold?: boolean } | null;

/**
 * Runs a child that prints "inside <inTransaction>" from inside its write; kills it with SIGKILL `afterMs` after
 * that line (with `hold` the child waits there, so the kill is sure to land inside the transaction), or lets it
 * finish when `kill` is null.
 */
function runChild(args: string[], kill: Kill): Promise<{ finished: boolean; insideTransaction: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args, ...(kill?.hold ? ['hold'] : [])], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (kill && out.includes('inside') && !child.killed) setTimeout(() => child.kill('SIGKILL'), kill.afterMs);
    });
    child.on('error', reject);
    child.on('exit', () => resolve({ finished: out.includes('done'), insideTransaction: out.includes('inside true') }));
  });
}

const KILLS: [string, Kill][] = [
  ['held inside the transaction', { afterMs: 0, hold: true }],
  ['0 ms after it started writing', { afterMs: 0 }],
  ['40 ms after it started writing', { afterMs: 40 }],
  ['150 ms after it started writing', { afterMs: 150 }],
  ['never: it finishes', null],
];

describe('crash safety: kill -9 during a migration', () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it.each(KILLS)('leaves an intact file holding all or none of the step (kill %s)', async (label, kill) => {
    const file = path.join(tmp.dir, `crash-${label.replace(/\W+/g, '-')}.db`);
    openDatabase(file).close(); // a store at the app's current version
    const { finished, insideTransaction } = await runChild(['test/support/slow-migration-child.ts', file, String(ROWS)], kill);
    expect(insideTransaction).toBe(true);

    const db = new Database(file);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const version = db.pragma('user_version', { simple: true }) as number;
    const probe = db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'crash_probe'`).pluck().get() as number;
    if (version === migrations.length) {
      expect(probe).toBe(0);
    } else {
      expect(version).toBe(migrations.length + 1);
      expect(db.prepare('SELECT count(*) FROM crash_probe').pluck().get()).toBe(ROWS);
    }
    db.close();
    // Killed while held inside the step: rolled back. Not killed: it finished and holds it all.
    if (kill?.hold) expect({ finished, version }).toEqual({ finished: false, version: migrations.length });
    if (!kill) expect({ finished, version }).toEqual({ finished: true, version: migrations.length + 1 });
  }, 60_000);
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

describe('crash safety: kill -9 during an import', () => {
  const tmp = tempDir();
  const roster = path.join(tmp.dir, 'roster.xlsx');
  afterAll(() => tmp.remove());

  it.each(KILLS)('holds all or none of the import (kill %s)', async (label, kill) => {
    if (!fs.existsSync(roster)) bigRoster(roster);
    const dbFile = path.join(tmp.dir, `import-${label.replace(/\W+/g, '-')}.db`);
    const setup = createBackend(dbFile, 'cli');
    const made = await setup.call('employers-save', { employer: sampleEmployer(), mode: 'create' });
    expect(made.ok).toBe(true);
    setup.close();

    const { finished, insideTransaction } = await runChild(['test/support/import-child.ts', dbFile, roster, '12345678'], kill);
    expect(insideTransaction).toBe(true);

    const db = new Database(dbFile);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // The name index matches the workers table row for row.
    const index = nameWordsIndex(db);
    expect(index.stored).toEqual(index.expected);
    const memberships = db.prepare('SELECT count(*) FROM memberships').pluck().get() as number;
    const workers = db.prepare('SELECT count(*) FROM workers').pluck().get() as number;
    const imports = db.prepare('SELECT count(*) FROM imports').pluck().get() as number;
    db.close();
    expect([0, IMPORT_ROWS]).toContain(memberships);
    expect(workers).toBe(memberships);
    expect(imports).toBe(memberships ? 1 : 0);
    if (kill?.hold) expect({ finished, memberships }).toEqual({ finished: false, memberships: 0 });
    if (!kill) expect({ finished, memberships }).toEqual({ finished: true, memberships: IMPORT_ROWS });
  }, 120_000);
});
