import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error — a plain .mjs build script without types
import { buildImportWorker, cjsWithModuleUrl } from '../../../scripts/electron-bundles.mjs';
import { SYNC_ENTITY_NAMES } from '../../../shared/sync/entities';
import { xorAll } from '../../../shared/sync/digest';
import { runBulk } from '../../../electron/audit/actor';
import { deskDigest } from '../../../electron/sync/desk-digest';
import { hashEntity } from '../../../electron/sync/digest-hash';
import { hashInWorker, PARALLEL_FROM_ROWS } from '../../../electron/sync/parallel-digest';
import { tempBackend } from '../../support/temp-db';

const PEOPLE = PARALLEL_FROM_ROWS + 500;

/** A branch large enough for the digest to hash memberships in a worker thread. */
function fillBranch(db: ReturnType<typeof tempBackend>['db']) {
  runBulk(() =>
    db.transaction(() => {
      db.exec(`INSERT INTO employers (npp, name, regency_code, scale, risk_group, programs, branch_code, created_at, updated_at)
               VALUES ('12345678', 'PT Besar', '64.71', 'besar', 2, 'JHT,JKK,JKM,JP', 'BPN', '2026-01-01', '2026-01-01')`);
      db.prepare(
        `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
         INSERT INTO workers (nik, name, birth_date, gender, created_at, updated_at)
         SELECT '6471' || printf('%012d', i), 'Pekerja ' || i, '1990-01-01', 'L', '2026-01-01', '2026-01-01' FROM n`,
      ).run(PEOPLE);
      db.exec(`INSERT INTO memberships (worker_id, npp, segment, wage, start_date, programs, status, created_at, updated_at)
               SELECT id, '12345678', 'PU', 4000000 + id, '2026-01-05', 'JHT,JKK,JKM,JP', 'aktif', '2026-01-01', '2026-01-01' FROM workers`);
    })(),
  );
}

describe('the digest of a large branch, hashed on two threads', () => {
  let store: ReturnType<typeof tempBackend>;
  beforeAll(() => {
    store = tempBackend();
    fillBranch(store.db);
  }, 120_000);
  afterAll(() => store.remove());

  it('a worker thread hashes memberships exactly as this thread does', () => {
    const offloaded = hashInWorker(store.db, 'BPN', ['membership']);
    expect(offloaded).not.toBeNull();
    const [there] = offloaded!.collect()!;
    const here = hashEntity(store.db, 'membership', 'BPN');
    expect(there!.keys.length).toBe(PEOPLE);
    expect(there).toEqual(here);
  }, 120_000);

  it('the rebuilt digest is the XOR of every row, each row stored once', () => {
    const expected = xorAll(SYNC_ENTITY_NAMES.flatMap((e) => hashEntity(store.db, e, 'BPN').hashes));
    expect(deskDigest(store.db, 'BPN', 'all')).toBe(expected);
    const stored = store.db.prepare(`SELECT entity, count(*) AS n FROM sync_digest_rows WHERE entity IN ('worker', 'membership') GROUP BY entity ORDER BY entity`).all();
    expect(stored).toEqual([
      { entity: 'membership', n: PEOPLE },
      { entity: 'worker', n: PEOPLE },
    ]);
  }, 120_000);

  it('runs bundled as in the Electron build, without tsx', async () => {
    const out = path.join(store.dir, 'app');
    await build({ ...cjsWithModuleUrl, entryPoints: ['electron/sync/parallel-digest.ts'], outfile: path.join(out, 'runner.cjs'), sourcemap: false });
    await buildImportWorker(out);
    fs.writeFileSync(path.join(out, 'package.json'), '{"type":"module"}'); // as the packaged app's package.json
    fs.symlinkSync(path.resolve('node_modules'), path.join(store.dir, 'node_modules')); // the app's better-sqlite3
    const script = `
      const Database = require('better-sqlite3');
      const { hashInWorker } = require(${JSON.stringify(path.join(out, 'runner.cjs'))});
      const db = new Database(${JSON.stringify(path.join(store.dir, 'sigap.db'))}, { readonly: true });
      const done = hashInWorker(db, 'BPN', ['membership']).collect();
      console.log(JSON.stringify(done ? done[0].keys.length : null));`;
    const stdout = execFileSync(process.execPath, ['-e', script], { cwd: store.dir, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect(JSON.parse(stdout.trim().split('\n').pop()!)).toBe(PEOPLE);
  }, 120_000);
});
