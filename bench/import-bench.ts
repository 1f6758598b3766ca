import { runBulk } from '../electron/audit/actor';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import * as XLSX from 'xlsx';
import { createBackend } from '../electron/backend';
import { runCli } from '../electron/cli/main';
import { openDatabase } from '../electron/db/open';
import { previewImportHeader } from '../electron/importer/run-import';

const ROWS = 100_000;
const NPP = '12345678';
const TARGETS = { ratio: 1.2, rssMb: 600, previewShare: 0.25 };
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** 100,000 valid workers: NIKs as text, dates as date cells, wages as numbers (7 columns). */
export function generateRoster(file: string): void {
  const rows: unknown[][] = [['No', 'NIK', 'Nama Lengkap', 'Tanggal Lahir', 'JK', 'Upah', 'TMT Kerja']];
  const first = ['Siti', 'Budi', 'Ani', 'Dedi', 'Rina', 'Agus', 'Dewi', 'Eko', 'Fitri', 'Hendra'];
  const last = ['Rahmawati', 'Santoso', 'Lestari', 'Kurniawan', 'Saputra', 'Wijaya', 'Hidayat', 'Pratama'];
  const base = Date.UTC(1970, 0, 1);
  for (let i = 0; i < ROWS; i++) {
    const birth = new Date(base + (i % 10_000) * 86_400_000);
    const female = i % 2 === 1;
    const day = birth.getUTCDate() + (female ? 40 : 0);
    const nik = `647101${pad(day)}${pad(birth.getUTCMonth() + 1)}${pad(birth.getUTCFullYear() % 100)}${pad(Math.floor(i / 10_000) + 1, 4)}`;
    rows.push([
      i + 1,
      nik,
      `${first[i % 10]} ${last[i % 8]} ${i}`,
      new Date(birth.getUTCFullYear(), birth.getUTCMonth(), birth.getUTCDate()),
      female ? 'P' : 'L',
      4_000_000 + (i % 50) * 10_000,
      new Date(2025, i % 12, 1),
    ]);
  }
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows, { cellDates: true }), 'Tenaga Kerja');
  fs.writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }));
}

function makeDb(file: string): void {
  const b = createBackend(file, 'cli');
  b.db
    .prepare(
      `INSERT INTO employers (npp, name, regency_code, scale, risk_group, programs, branch_code, created_at, updated_at)
       VALUES (?, 'PT Bench Sejahtera', '64.71', 'besar', 3, 'JHT,JKK,JKM,JP', 'BPN', datetime(), datetime())`,
    )
    .run(NPP);
  b.close();
}

const rssMb = () => Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;
const iso = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));

/** The lean SheetJS read both the floor and the schema-write phase start from. */
function leanRead(file: string) {
  const book = XLSX.read(fs.readFileSync(file), { dense: true, cellDates: true, cellNF: false, cellStyles: false, cellText: false });
  return book.Sheets[book.SheetNames[0]!]!['!data']!;
}

/**
 * The floor, as named: lean SheetJS read + one prepared INSERT of the same rows into one plain table (no
 * indexes, triggers or foreign keys), in one transaction, in a fresh file of its own.
 */
function floorPhase(file: string, dir: string) {
  const t0 = performance.now();
  const data = leanRead(file);
  const readMs = performance.now() - t0;
  const dbFile = path.join(dir, `floor-${process.pid}.db`);
  const conn = new Database(dbFile);
  conn.pragma('journal_mode = WAL');
  conn.exec('CREATE TABLE rows (nik TEXT, name TEXT, birth_date TEXT, gender TEXT, wage INTEGER, start_date TEXT)');
  const insert = conn.prepare('INSERT INTO rows VALUES (?, ?, ?, ?, ?, ?)');
  conn.transaction(() => {
    for (let r = 1; r < data.length; r++) {
      const row = data[r]!;
      insert.run(String(row[1]!.v), String(row[2]!.v), iso(row[3]!.v), String(row[4]!.v), Number(row[5]!.v), iso(row[6]!.v));
    }
  })();
  conn.close();
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${dbFile}${suffix}`, { force: true });
  return { ms: performance.now() - t0, readMs, rssMb: rssMb() };
}

/**
 * The cost of our schema, labelled as such (not a floor): the same lean read, the rows written into the
 * app's own workers and memberships tables (FTS trigger, audit-trigger callback, secondary indexes, foreign
 * keys) as one bulk transaction, on a fresh copy of the bench store.
 */
function schemaWritePhase(file: string, template: string) {
  const t0 = performance.now();
  const data = leanRead(file);
  const readMs = performance.now() - t0;
  const dbFile = freshCopy(template);
  const conn = openDatabase(dbFile);
  const w = conn.prepare(`INSERT INTO workers (nik, name, birth_date, gender, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`);
  const m = conn.prepare(
    `INSERT INTO memberships (worker_id, npp, segment, wage, start_date, programs, status, created_at, updated_at)
     VALUES (?, ?, 'PU', ?, ?, '', 'aktif', ?, ?)`,
  );
  const now = new Date().toISOString();
  runBulk(() =>
    conn.transaction(() => {
      for (let r = 1; r < data.length; r++) {
        const row = data[r]!;
        const id = w.run(String(row[1]!.v), String(row[2]!.v), iso(row[3]!.v), String(row[4]!.v), now, now).lastInsertRowid;
        m.run(id, NPP, Number(row[5]!.v), iso(row[6]!.v), now, now);
      }
    })(),
  );
  conn.close();
  removeDb(dbFile);
  return { ms: performance.now() - t0, readMs, rssMb: rssMb() };
}

/** A fresh copy of the prepared store beside it, so every timed run writes into the same starting state. */
function freshCopy(template: string): string {
  const copy = path.join(path.dirname(template), `run-${process.pid}.db`);
  fs.copyFileSync(template, copy);
  return copy;
}

function removeDb(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
}

async function importPhase(file: string, template: string) {
  const t0 = performance.now();
  const db = freshCopy(template);
  let out = '';
  const code = await runCli(['import', 'roster', file, '--employer', NPP, '--db', db, '--period', '2026-03', '--json'], {
    out: (t) => (out += t),
    err: (t) => process.stderr.write(`${t}\n`),
  });
  const ms = performance.now() - t0;
  removeDb(db);
  const result = JSON.parse(out) as { accepted: number; rejected: number };
  return { ms, code, accepted: result.accepted, rejected: result.rejected, rssMb: rssMb() };
}

async function previewPhase(file: string, db: string) {
  const conn = openDatabase(db);
  const t0 = performance.now();
  const preview = await previewImportHeader(
    { db: conn, mode: 'cli', now: () => new Date() },
    { kind: 'roster', fileName: path.basename(file), bytes: fs.readFileSync(file), npp: NPP, dryRun: true, user: 'bench' },
  );
  const ms = performance.now() - t0;
  conn.close();
  return { ms, headerRow: preview.headerRow, rssMb: rssMb() };
}

/** Each phase runs in its own process so its peak RSS is its own. */
function child(phase: string, file: string, db: string): Record<string, number> {
  const self = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, [...process.execArgv, self, '--phase', phase, file, db], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`phase ${phase} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

/**
 * `npm run bench -- import --prepare DIR`: writes the roster and the bench store into DIR and prints the
 * whole-process commands to time over several runs, paired (import against floor). Without it: one run of
 * each phase, each in its own process, as a quick look.
 */
export async function main(args: string[]): Promise<void> {
  const prepareAt = args.includes('--prepare') ? args[args.indexOf('--prepare') + 1] : undefined;
  const dir = prepareAt ? path.resolve(prepareAt) : fs.mkdtempSync(path.join(os.tmpdir(), 'sigap-bench-'));
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'roster-100k.xlsx');
  const template = path.join(dir, 'bench-store.db');
  generateRoster(file);
  removeDb(template);
  makeDb(template);
  if (prepareAt) {
    const phase = (name: string, target: string) => `node --import tsx bench/import-bench.ts --phase ${name} ${file} ${target}`;
    console.log(`import:       ${phase('import', template)}`);
    console.log(`floor:        ${phase('floor', dir)}`);
    console.log(`schema write: ${phase('schema', template)}`);
    return;
  }
  try {
    const floor = child('floor', file, dir);
    const schema = child('schema', file, template);
    const imported = child('import', file, template);
    const preview = child('preview', file, template);
    const ratio = imported.ms! / floor.ms!;
    const previewShare = preview.ms! / floor.readMs!;
    const rows = [
      ['file', `${ROWS} rows × 7 columns, ${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MB xlsx`, ''],
      ['floor (lean read + 1 INSERT into a plain table)', `${Math.round(floor.ms!)} ms (read ${Math.round(floor.readMs!)} ms)`, `peak RSS ${floor.rssMb} MB`],
      ['schema write (same read, app tables, bulk)', `${Math.round(schema.ms!)} ms (writes ${Math.round(schema.ms! - schema.readMs!)} ms)`, 'the cost of our schema, not a floor'],
      ['import (CLI code path, worker thread)', `${Math.round(imported.ms!)} ms, ${imported.accepted} accepted`, `peak RSS ${imported.rssMb} MB (whole process incl. worker)`],
      ['ratio import / floor (in-process timing)', ratio.toFixed(2), `target ≤ ${TARGETS.ratio} ${ratio <= TARGETS.ratio ? 'met' : 'MISSED'}`],
      ['peak RSS of the import process', `${imported.rssMb} MB`, `target ≤ ${TARGETS.rssMb} ${imported.rssMb! <= TARGETS.rssMb ? 'met' : 'MISSED'}`],
      ['header preview (sheetRows, worker)', `${Math.round(preview.ms!)} ms = ${(previewShare * 100).toFixed(0)} % of full read`, `target ≤ 25 % ${previewShare <= TARGETS.previewShare ? 'met' : 'MISSED'}`],
    ];
    for (const [a, b, c] of rows) console.log(`${a!.padEnd(48)} ${b!.padEnd(44)} ${c}`);
    console.log('For the published figure time whole processes over several runs: npm run bench -- import --prepare DIR');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// Child-process entry for one phase.
if (process.argv.includes('--phase')) {
  const i = process.argv.indexOf('--phase');
  const [phase, file, db] = process.argv.slice(i + 1) as [string, string, string];
  const phases: Record<string, () => Promise<unknown>> = {
    floor: async () => floorPhase(file, db),
    schema: async () => schemaWritePhase(file, db),
    import: () => importPhase(file, db),
    preview: () => previewPhase(file, db),
  };
  const run = phases[phase] ?? (() => Promise.reject(new Error(`unknown phase ${phase}`)));
  void run().then((r) => console.log(JSON.stringify(r)));
}
