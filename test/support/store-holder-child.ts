// Child process standing in for "another process on the same store": a running host or a long CLI import.
// `open`: opens the store like the app does and keeps it open. `write MS`: also holds a write transaction
// for MS milliseconds (as an import's commit does), then commits. Prints "ready" once it holds what it holds,
// "released" after a write commits; exits on its own after `lifeMs` or when killed.
import { openDatabase } from '../../electron/db/open';

const [file, mode, holdText, lifeText] = process.argv.slice(2) as [string, 'open' | 'write', string?, string?];
const db = openDatabase(file);
db.prepare('SELECT count(*) FROM employers').get();
if (mode === 'write') {
  db.exec('BEGIN IMMEDIATE');
  db.prepare(`INSERT INTO regions (code, province_code, name, kind, legacy) VALUES ('64.99', '64', 'Uji Kunci', 'kabupaten', 0)`).run();
  console.log('ready');
  setTimeout(() => {
    db.exec('ROLLBACK');
    console.log('released');
  }, Number(holdText ?? 1000));
} else {
  console.log('ready');
}
setTimeout(() => db.close(), Number(lifeText ?? 60_000));
