import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Personal data (UU 27/2022): the store, its WAL files and backups are readable by the desk's OS account only. */
export const PRIVATE_FILE = 0o600;
export const PRIVATE_DIR = 0o700;

/**
 * Creates `dir` if needed and makes it private (also fixes a folder made by an older version). A shared
 * folder someone pointed `--db` into (the sticky /tmp, the home folder, a root) is left as it is.
 */
export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR });
  const resolved = path.resolve(dir);
  const shared = (fs.statSync(resolved).mode & 0o1000) !== 0 || resolved === path.parse(resolved).root || resolved === os.homedir();
  if (!shared) chmodQuietly(resolved, PRIVATE_DIR);
}

/** Makes the file (and, for a store, its -wal/-shm) private where they exist. */
export function makePrivate(file: string, withSidecars = false): void {
  for (const f of withSidecars ? [file, `${file}-wal`, `${file}-shm`] : [file]) {
    if (fs.existsSync(f)) chmodQuietly(f, PRIVATE_FILE);
  }
}

/** Creates an empty private file before SQLite does, so that SQLite's -wal/-shm inherit its mode. */
export function createPrivateFile(file: string): void {
  ensurePrivateDir(path.dirname(file));
  fs.closeSync(fs.openSync(file, 'a', PRIVATE_FILE));
}

// Windows has no POSIX modes (chmod only toggles read-only there); a failing chmod must not stop the app.
function chmodQuietly(target: string, mode: number): void {
  try {
    fs.chmodSync(target, mode);
  } catch {
    /* best effort */
  }
}
