import type { SyncEntity } from '../../shared/sync/entities';

/**
 * How each synced entity sits in the desk's SQLite store: its table, the SQL of its global key, the wire
 * fields that are not plain columns (references by local id travel as the referenced row's global key),
 * and the values a new row needs for columns that never travel.
 */
export interface DeskTable {
  entity: SyncEntity;
  table: string;
  /** Rows of these tables get a client-made global id (`gid`) on insert. */
  hasGid: boolean;
  /** The key as SQL over a row alias (`new`, `old`, or a table alias). */
  key: (r: string) => string;
  /** The unique columns an `INSERT … ON CONFLICT` can target (one statement per pulled row); none: update, then insert. */
  conflictTarget?: string;
  /** The WHERE clause that finds a row by its key parts (`@k0`, `@k1` …). */
  where: string;
  keyParams: (key: string) => Record<string, string | number>;
  /** Wire fields computed from other tables (a local id turned into a global key). */
  computed?: Record<string, (r: string) => string>;
  /** On apply: a wire field that names another row, turned back into the local id column. */
  refs?: { field: string; column: string; lookup: string }[];
  /**
   * The key is looked up in the parent's table: a row removed by its parent's cascade has none any more (its
   * parent's delete travels instead), so capture skips it.
   */
  keyByLookup?: boolean;
  /**
   * On apply: what removes the local row a unique index keeps the pulled one from joining (two desks enrolled
   * one person; the server merged them and sends a tombstone for ours). Named parameters are the row's columns.
   */
  makeRoom?: string;
  /** Columns a row needs on insert that are not on the wire. */
  insertDefaults?: Record<string, string | number | null>;
  /** SQL filter (alias `t`) of the rows a desk of `@branch` holds; `@all` = 1 for the regional desk. */
  inScope: string;
}
