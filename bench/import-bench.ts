import { runBulk } from '../electron/audit/actor';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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

/** Floor: lean SheetJS read + one prepared-statement transaction inserting the same rows. */
function floorPhase(file: string, db: string) {
  const t0 = performance.now();
  const book = XLSX.read(fs.readFileSync(file), { dense: true, cellDates: true, cellNF: false, cellStyles: false, cellText: false });
  const readMs = performance.now() - t0;
  const data = book.Sheets[book.SheetNames[0]!]!['!data']!;
  const conn = openDatabase(db);
  const w = conn.prepare(`INSERT INTO workers (nik, name, birth_date, gender, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`);
  const m = conn.prepare(
    `INSERT INTO memberships (worker_id, npp, segment, wage, start_date, programs, status, created_at, updated_at)
     VALUES (?, ?, 'PU', ?, ?, '', 'aktif', ?, ?)`,
  );
  const now = new Date().toISOString();
  const iso = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));
  // As a bulk write, like the import: rows are not audited one by one (the import records one audit entry).
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
  return { ms: performance.now() - t0, readMs, rssMb: rssMb() };
}

async function importPhase(file: string, db: string) {
  const t0 = performance.now();
  let out = '';
  const code = await runCli(['import', 'roster', file, '--employer', NPP, '--db', db, '--period', '2026-03', '--json'], {
    out: (t) => (out += t),
    err: (t) => process.stderr.write(`${t}\n`),
  });
  const ms = performance.now() - t0;
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

export async function main(_args: string[]): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sigap-bench-'));
  try {
    const file = path.join(dir, 'roster-100k.xlsx');
    generateRoster(file);
    const floorDb = path.join(dir, 'floor.db');
    const importDb = path.join(dir, 'import.db');
    makeDb(floorDb);
    makeDb(importDb);
    const floor = child('floor', file, floorDb);
    const imported = child('import', file, importDb);
    const preview = child('preview', file, importDb);
    const ratio = imported.ms! / floor.ms!;
    const previewShare = preview.ms! / floor.readMs!;
    const rows = [
      ['file', `${ROWS} rows × 7 columns, ${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MB xlsx`, ''],
      ['floor (lean read + 1 insert transaction)', `${Math.round(floor.ms!)} ms (read ${Math.round(floor.readMs!)} ms)`, `peak RSS ${floor.rssMb} MB`],
      ['import (CLI code path, worker thread)', `${Math.round(imported.ms!)} ms, ${imported.accepted} accepted`, `peak RSS ${imported.rssMb} MB (whole process incl. worker)`],
      ['ratio import / floor', ratio.toFixed(2), `target ≤ ${TARGETS.ratio} ${ratio <= TARGETS.ratio ? 'OK' : 'MISSED'}`],
      ['peak RSS of the import process', `${imported.rssMb} MB`, `target ≤ ${TARGETS.rssMb} ${imported.rssMb! <= TARGETS.rssMb ? 'OK' : 'MISSED'}`],
      ['header preview (sheetRows, worker)', `${Math.round(preview.ms!)} ms = ${(previewShare * 100).toFixed(0)} % of full read`, `target ≤ 25 % ${previewShare <= TARGETS.previewShare ? 'OK' : 'MISSED'}`],
    ];
    for (const [a, b, c] of rows) console.log(`${a!.padEnd(44)} ${b!.padEnd(44)} ${c}`);
    console.log(
      JSON.stringify({
        bench: 'import',
        rows: ROWS,
        floorMs: Math.round(floor.ms!),
        floorReadMs: Math.round(floor.readMs!),
        importMs: Math.round(imported.ms!),
        ratio: Number(ratio.toFixed(3)),
        importPeakRssMb: imported.rssMb,
        floorPeakRssMb: floor.rssMb,
        previewMs: Math.round(preview.ms!),
        previewShareOfRead: Number(previewShare.toFixed(3)),
        accepted: imported.accepted,
      }),
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// Child-process entry for one phase.
if (process.argv.includes('--phase')) {
  const i = process.argv.indexOf('--phase');
  const [phase, file, db] = process.argv.slice(i + 1) as [string, string, string];
  const run = phase === 'floor' ? async () => floorPhase(file, db) : phase === 'import' ? () => importPhase(file, db) : () => previewPhase(file, db);
  void run().then((r) => console.log(JSON.stringify(r)));
}
