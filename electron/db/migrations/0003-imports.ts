import type { Migration } from './migration';

/**
 * Imports and exports: the record of every import (so it can be undone as a whole), the journal of what it
 * changed, the header mapping each employer's files use, and the log of exports carrying NIK or wages
 * (UU 27/2022: who processed what).
 */
export const importsSchema: Migration = {
  version: 3,
  name: 'imports: import records, change journal, remembered mappings, export log',
  up(db) {
    db.exec(`
      CREATE TABLE imports (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('roster', 'employers')),
        npp TEXT REFERENCES employers(npp),
        file_name TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        user_name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        period TEXT,
        sheet TEXT NOT NULL,
        header_row INTEGER NOT NULL,
        total_rows INTEGER NOT NULL,
        accepted INTEGER NOT NULL,
        rejected INTEGER NOT NULL,
        skipped INTEGER NOT NULL,
        inserted INTEGER NOT NULL,
        updated INTEGER NOT NULL,
        -- Rows an import inserts get consecutive ids (one transaction, rowid = max + 1): the ranges are the
        -- exact set, so 100,000 inserted rows cost no journal rows.
        worker_id_from INTEGER,
        worker_id_to INTEGER,
        membership_id_from INTEGER,
        membership_id_to INTEGER,
        undone_at TEXT,
        undone_by TEXT
      ) STRICT;
      CREATE INDEX imports_npp ON imports(npp, created_at);
      CREATE INDEX imports_hash ON imports(content_hash);

      -- One row per record an import changed in place (and per employer it inserted): the state before it.
      CREATE TABLE import_journal (
        import_id INTEGER NOT NULL REFERENCES imports(id),
        entity TEXT NOT NULL CHECK (entity IN ('worker', 'membership', 'employer')),
        entity_key TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('insert', 'update')),
        before_json TEXT,
        PRIMARY KEY (import_id, entity, entity_key)
      ) STRICT;
      CREATE INDEX import_journal_entity ON import_journal(entity, entity_key);

      CREATE TABLE import_mappings (
        npp TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('roster', 'employers')),
        header TEXT NOT NULL,
        field TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (npp, kind, header)
      ) STRICT;

      CREATE TABLE export_log (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        npp TEXT,
        file_name TEXT NOT NULL,
        row_count INTEGER NOT NULL,
        has_nik INTEGER NOT NULL,
        has_wage INTEGER NOT NULL,
        user_name TEXT NOT NULL,
        mode TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
