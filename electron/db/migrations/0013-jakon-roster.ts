import type { Migration } from './migration';

/**
 * Jakon worker roster imports (issue 10 §3): one row per import of a contractor's list into a project, so the
 * whole import can be undone. New tables only: the rows an import adds get consecutive ids (one transaction,
 * rowid = max + 1), so the id ranges are the exact set, as for roster and funded-list imports.
 */
export const jakonRoster: Migration = {
  version: 13,
  name: 'jakon roster imports',
  up(db) {
    db.exec(`
      CREATE TABLE jakon_imports (
        id INTEGER PRIMARY KEY,
        project_id INTEGER NOT NULL REFERENCES jakon_projects(id),
        file_name TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        user_name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        sheet TEXT NOT NULL,
        header_row INTEGER NOT NULL,
        total_rows INTEGER NOT NULL,
        accepted INTEGER NOT NULL,
        rejected INTEGER NOT NULL,
        skipped INTEGER NOT NULL,
        -- people the import created: undo removes them when nothing else uses them
        worker_id_from INTEGER,
        worker_id_to INTEGER,
        -- the project memberships (jakon_workers) it added
        member_id_from INTEGER,
        member_id_to INTEGER,
        undone_at TEXT,
        undone_by TEXT
      ) STRICT;
      CREATE INDEX jakon_imports_project ON jakon_imports(project_id, id);
    `);
  },
};
