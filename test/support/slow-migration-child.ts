// Child process for the kill -9 test: migrates a store with an extra, deliberately slow step. From inside the
// step (rows already written, transaction open) it prints "inside <inTransaction>"; with "hold" it then waits
// there until it is killed, so the kill cannot land before BEGIN or after COMMIT.
import Database from 'better-sqlite3';
import { migrate } from '../../electron/db/migrate';
import { migrations } from '../../electron/db/migrations/index';
import type { Migration } from '../../electron/db/migrations/migration';

const file = process.argv[2]!;
const rows = Number(process.argv[3] ?? 300_000);
const mode = process.argv[4];
const slow: Migration = {
  version: migrations.length + 1,
  name: 'slow test step',
  up(db) {
    db.exec('CREATE TABLE crash_probe (id INTEGER PRIMARY KEY, payload TEXT NOT NULL) STRICT');
    const insert = db.prepare('INSERT INTO crash_probe (payload) VALUES (?)');
    for (let i = 0; i < rows; i++) {
      insert.run(`row ${i} ${'x'.repeat(40)}`);
      if (i === 1000) {
        process.stdout.write(`inside ${db.inTransaction}\n`);
        if (mode === 'hold') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
      }
    }
  },
};
const db = new Database(file);
db.pragma('journal_mode = WAL');
migrate(db, [...migrations, slow]);
process.stdout.write('done\n');
db.close();
