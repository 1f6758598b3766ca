import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { openDatabase } from '../../../electron/db/open';
import { cli } from '../../support/import-fixtures';
import { employer } from '../../support/sync-fixture';
import { useSyncWorlds } from '../../support/sync-lifecycle';
import { writeRoster } from '../../support/sync-roster';
import { idsWithWord, nameWordsIndex } from '../../support/name-words-intact';
import { nameWords } from '../../../electron/db/name-words';

const newWorld = useSyncWorlds();

type Conn = { prepare(sql: string): { all(...a: unknown[]): unknown[]; pluck(): { all(...a: unknown[]): unknown[]; get(...a: unknown[]): unknown } } };
const schemaOf = (db: Conn) =>
  db.prepare(`SELECT type || ' ' || name FROM sqlite_master WHERE type IN ('index', 'trigger', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY 1`).pluck().all();
const freshSchema = () => {
  const db = openDatabase(':memory:');
  try {
    return schemaOf(db);
  } finally {
    db.close();
  }
};
const namesIntact = (db: Conn & { exec(sql: string): unknown }) => {
  const index = nameWordsIndex(db);
  expect(index.stored).toEqual(index.expected);
  db.exec(`INSERT INTO employers_fts(employers_fts) VALUES ('integrity-check')`);
};
/** The people whose name has every word of `name`, by NIK. */
const findByName = (db: Conn, name: string) => {
  const [first, ...rest] = nameWords(name);
  const ids = idsWithWord(db, first!).filter((id) => rest.every((w) => idsWithWord(db, w).includes(id)));
  return ids.map((id) => db.prepare('SELECT nik FROM workers WHERE id = ?').pluck().get(id));
};

/** The desk's sync in a child process, killed with SIGKILL after its first pulled page is applied. */
function syncKilledAfterFirstPage(file: string): Promise<'killed' | 'finished'> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/sync-child.ts', file], { stdio: ['ignore', 'pipe', 'inherit'] });
    let killed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      if (!killed && /^pull \d+/m.test(chunk.toString())) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('exit', () => resolve(killed ? 'killed' : 'finished'));
  });
}

test('a first pull into an empty desk builds its indexes once at the end; killed half-way, the store has them again at its next open', async () => {
  const world = await newWorld();
  const a = await world.desk('meja-a');
  const b = await world.desk('meja-b');
  const c = await world.desk('meja-c');
  // Bound while the branch is still empty: their next pulls start from nothing into an empty store.
  await b.sync();
  await c.sync();
  await a.value('employers-save', employer('12345678', { name: 'PT Sawit Makmur' }));
  const roster = path.join(world.tmpDir, 'roster.xlsx');
  writeRoster(roster, 8_000);
  expect((await cli('import', 'roster', roster, '--employer', '12345678', '--db', a.file, '--json')).code).toBe(0);
  const pushed = await a.sync();

  // A whole first pull: everything built again, nothing left set aside, names found.
  const rc = await c.sync();
  expect(rc.pulled).toBeGreaterThanOrEqual(24_001);
  expect(rc.digest).toBe(pushed.digest);
  expect(schemaOf(c.backend.db)).toEqual(freshSchema());
  namesIntact(c.backend.db);
  expect(findByName(c.backend.db, 'Pekerja 1-7999')).toHaveLength(1);

  // Killed after its first page (of three): the file says what was set aside and lacks the indexes.
  expect(await syncKilledAfterFirstPage(b.file)).toBe('killed');
  const raw = new Database(b.file, { readonly: true });
  const killedSchema = schemaOf(raw);
  raw.close();
  expect(killedSchema).toContain('view set_aside_for_bulk_load');
  expect(killedSchema).not.toContain('index memberships_gap_scan');
  expect(killedSchema).not.toContain('trigger worker_name_words_insert');
  expect(killedSchema).not.toContain('trigger employers_fts_insert');
  // The next open builds them again, and the name index holds every person pulled so far.
  const reopened = openDatabase(b.file);
  expect(schemaOf(reopened)).toEqual(freshSchema());
  namesIntact(reopened);
  const held = reopened.prepare('SELECT count(*) FROM workers').pluck().get() as number;
  expect(held).toBeGreaterThan(0);
  expect(reopened.prepare('SELECT count(DISTINCT worker_id) FROM worker_name_words').pluck().get()).toBe(held);
  reopened.close();
  // The pull resumes from its cursor (rows arrive into a store that is no longer empty) and converges.
  const rb = await b.sync();
  expect(rb.digest).toBe(pushed.digest);
  expect(rb.digest).toBe(await world.digest('BPN'));
  expect(schemaOf(b.backend.db)).toEqual(freshSchema());
  namesIntact(b.backend.db);
  expect(findByName(b.backend.db, 'Pekerja 1-7999')).toHaveLength(1);
  expect(b.backend.db.prepare('SELECT count(*) FROM memberships').pluck().get()).toBe(8_000);
}, 240_000);
