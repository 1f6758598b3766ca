import type { Db } from '../db/connection';
import { rebuildNameWordsSql } from '../db/name-words';
import { ftsNameIndex, restoreSetAside, setAsideIndexes, type NameIndex } from '../db/set-aside-indexes';
import { stmt } from '../db/statements';

/** Where a first pull writes nearly all its rows: their secondary indexes are built once, after it. */
const BULK_TABLES = ['employers', 'workers', 'memberships', 'membership_wages'];
/** The name indexes (employers' FTS5, people's word table): rebuilt once too. */
const NAME_INDEXES: readonly NameIndex[] = [
  ftsNameIndex('employers'),
  { triggers: ['worker_name_words_insert', 'worker_name_words_update', 'worker_name_words_delete'], rebuild: rebuildNameWordsSql },
];

/**
 * Sets the bulk tables' secondary indexes and name-index triggers aside for a pull of more than one page into a
 * store that holds no employer, person or membership yet (a desk's first pull of its branch). True when it
 * did: the caller must call `endBulkPull`. A store killed meanwhile gets them back at its next open.
 */
export function startBulkPull(db: Db): boolean {
  const empty = stmt(db, 'SELECT NOT EXISTS (SELECT 1 FROM employers) AND NOT EXISTS (SELECT 1 FROM workers) AND NOT EXISTS (SELECT 1 FROM memberships)')
    .pluck()
    .get();
  return empty === 1 && setAsideIndexes(db, BULK_TABLES, NAME_INDEXES);
}

/** Builds the set-aside indexes and name indexes again (also after a failed pull: the desk works on). */
export function endBulkPull(db: Db): void {
  restoreSetAside(db);
}
