// Child process for the kill -9 test: migrates a store with an extra, deliberately slow step.
import Database from 'better-sqlite3';
import { migrate } from '../../electron/db/migrate';
import { migrations } from '../../electron/db/migrations/index';
import type { Migration } from '../../electron/db/migrations/migration';

const file = process.argv[2]!;
const rows = Number(process.argv[3] ?? 300_000);
const slow: Migration = {
  version: migrations.length + 1,
  name: 'slow test step',
  up(db) {
    db.exec('CREATE TABLE crash_probe (id INTEGER PRIMARY KEY, payload TEXT NOT NULL) STRICT');
    const insert = db.prepare('INSERT INTO crash_probe (payload) VALUES (?)');
    for (let i = 0; i < rows; i++) insert.run(`row ${i} ${'x'.repeat(40)}`);
  },
};
const db = new Database(file);
db.pragma('journal_mode = WAL');
process.stdout.write('ready\n');
migrate(db, [...migrations, slow]);
process.stdout.write('done\n');
db.close();
