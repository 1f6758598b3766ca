import type Database from 'better-sqlite3';
import { AppError } from '../errors/app-error';
import { migrations as allMigrations } from './migrations/index';
import type { Migration } from './migrations/migration';

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the file up to the app's schema: all pending steps in one transaction, so a crash or a failing
 * step leaves the file at its old version. A file written by a newer app is refused, never downgraded.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = allMigrations): number {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
  const latest = migrations.length;
  const current = schemaVersion(db);
  if (current > latest) {
    throw new AppError('DB_TOO_NEW', { found: current, supported: latest });
  }
  if (current === latest) return latest;
  db.transaction(() => {
    for (const m of migrations.slice(current)) m.up(db);
    db.pragma(`user_version = ${latest}`);
  }).immediate();
  return latest;
}
