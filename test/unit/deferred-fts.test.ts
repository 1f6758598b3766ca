import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { withDeferredFtsInserts } from '../../electron/db/deferred-fts';
import { tempBackend } from '../support/temp-db';
import { idsWithWord, nameWordsIndex } from '../support/name-words-intact';

function store() {
  const db = new Database(':memory:');
  db.exec(`CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
    CREATE VIRTUAL TABLE people_fts USING fts5(name, content='people', content_rowid='id');
    CREATE TRIGGER people_fts_insert AFTER INSERT ON people BEGIN INSERT INTO people_fts(rowid, name) VALUES (new.id, new.name); END;`);
  db.prepare('INSERT INTO people (name) VALUES (?)').run('Siti Lama');
  return db;
}
const found = (db: Database.Database, word: string) => db.prepare('SELECT rowid FROM people_fts WHERE people_fts MATCH ?').pluck().all(word);
const trigger = (db: Database.Database) => db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'people_fts_insert'`).pluck().get();

test('rows written with the trigger set aside are indexed in one go afterwards, and the trigger is back', () => {
  const db = store();
  db.transaction(() =>
    withDeferredFtsInserts(db, ['people'], () => {
      expect(trigger(db)).toBe(0);
      for (const n of ['Budi Baru', 'Ani Baru']) db.prepare('INSERT INTO people (name) VALUES (?)').run(n);
      expect(found(db, 'baru')).toEqual([]);
    }),
  )();
  expect(found(db, 'baru')).toEqual([2, 3]);
  expect(found(db, 'lama')).toEqual([1]);
  expect(trigger(db)).toBe(1);
  db.exec(`INSERT INTO people_fts(people_fts) VALUES ('integrity-check')`);
  db.prepare('INSERT INTO people (name) VALUES (?)').run('Dewi Kemudian');
  expect(found(db, 'kemudian')).toEqual([4]);
});

test('a write that fails rolls back with its transaction and leaves the trigger in place', () => {
  const db = store();
  expect(() =>
    db.transaction(() =>
      withDeferredFtsInserts(db, ['people'], () => {
        db.prepare('INSERT INTO people (name) VALUES (?)').run('Gagal');
        throw new Error('boom');
      }),
    )(),
  ).toThrow('boom');
  expect(trigger(db)).toBe(1);
  expect(db.prepare('SELECT count(*) FROM people').pluck().get()).toBe(1);
  db.exec(`INSERT INTO people_fts(people_fts) VALUES ('integrity-check')`);
});

test("the workers' name words are set aside too and written in one sorted statement, equal to what the trigger writes", () => {
  const backend = tempBackend();
  const { db } = backend;
  const addWorker = db.prepare(
    `INSERT INTO workers (nik, name, birth_date, gender, created_at, updated_at) VALUES (?, ?, '1990-01-01', 'L', '2026-01-01', '2026-01-01')`,
  );
  const wordsTrigger = () => db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'worker_name_words_insert'`).pluck().get();
  addWorker.run('6471010101900001', 'Siti Lama');
  db.transaction(() =>
    withDeferredFtsInserts(db, ['workers'], () => {
      expect(wordsTrigger()).toBe(0);
      addWorker.run('6471010101900002', "Budi O'Neil-Baru");
      addWorker.run('6471010101900003', 'Ani Baru');
      expect(db.prepare(`SELECT count(*) FROM worker_name_words WHERE word = 'baru'`).pluck().get()).toBe(0);
    }),
  )();
  expect(wordsTrigger()).toBe(1);
  const index = nameWordsIndex(db);
  expect(index.stored).toEqual(index.expected);
  expect(idsWithWord(db, 'baru')).toEqual([3, 2]); // in name order: "ani baru" before "budi o neil baru"
  backend.remove();
});
