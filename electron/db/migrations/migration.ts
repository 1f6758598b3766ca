import type Database from 'better-sqlite3';

/** One schema step. Versions are consecutive; the list in index.ts is the only source of truth. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}
