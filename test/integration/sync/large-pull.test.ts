import path from 'node:path';
import { expect, test } from 'vitest';
import { cli } from '../../support/import-fixtures';
import { employer } from '../../support/sync-fixture';
import { useSyncWorlds } from '../../support/sync-lifecycle';
import { writeRoster } from '../../support/sync-roster';
import { idsWithWord, nameWordsIndex } from '../../support/name-words-intact';
import { nameWords } from '../../../electron/db/name-words';

const newWorld = useSyncWorlds();

const namesIntact = (db: Parameters<typeof nameWordsIndex>[0] & { exec(sql: string): unknown }) => {
  const index = nameWordsIndex(db);
  expect(index.stored).toEqual(index.expected);
  db.exec(`INSERT INTO employers_fts(employers_fts) VALUES ('integrity-check')`);
};

/** The people whose name has every word of `name`, as `{ nik }` rows. */
const findByName = (db: Parameters<typeof nameWordsIndex>[0], name: string) => {
  const [first, ...rest] = nameWords(name);
  const ids = idsWithWord(db, first!).filter((id) => rest.every((w) => idsWithWord(db, w).includes(id)));
  return ids.map((id) => db.prepare('SELECT nik FROM workers WHERE id = ?').all(id)[0]);
};

test('a large pull indexes names in bulk: every person is found by name, the index passes its integrity check', async () => {
  const world = await newWorld();
  const a = await world.desk('meja-a');
  const b = await world.desk('meja-b');
  await a.value('employers-save', employer('12345678', { name: 'PT Sawit Makmur' }));
  const roster = path.join(world.tmpDir, 'roster.xlsx');
  writeRoster(roster, 1_200);
  expect((await cli('import', 'roster', roster, '--employer', '12345678', '--db', a.file, '--json')).code).toBe(0);
  // Small batches: the people go up in batches before their memberships' (the store's rows are queued table by table).
  const pushed = await a.sync({ pushBatch: 500 });
  // None of them comes back to the desk that sent them.
  expect(pushed.pulled).toBe(0);

  const first = await b.sync();
  expect(first.pulled).toBeGreaterThanOrEqual(2_401);
  expect(first.digest).toBe(pushed.digest);
  namesIntact(b.backend.db);
  expect(b.backend.db.prepare('SELECT count(DISTINCT worker_id) FROM worker_name_words').pluck().get()).toBe(1_200);
  expect(findByName(b.backend.db, 'Pekerja 1-1199')).toHaveLength(1);
  const employers = b.backend.db.prepare(`SELECT count(*) FROM employers_fts WHERE employers_fts MATCH '"sawit"'`).pluck().get();
  expect(employers).toBe(1);

  // A later page renames one person: the row-by-row path replaces the old name in the index.
  const nik = (b.backend.db.prepare(`SELECT nik FROM workers ORDER BY nik LIMIT 1`).pluck().get() as string);
  a.backend.db.prepare(`UPDATE workers SET name = 'Siti Rahmawati' WHERE nik = ?`).run(nik);
  await a.sync();
  await b.sync();
  namesIntact(b.backend.db);
  expect(findByName(b.backend.db, 'Rahmawati')).toEqual([{ nik }]);
}, 180_000);
