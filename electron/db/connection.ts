import type Database from 'better-sqlite3';

/** An open store connection. Its own module so that store, audit and migration code can name it without importing open.ts. */
export type Db = Database.Database;
