import type { Migration } from './migration';

/**
 * Outside lists (PTSP/OSS/WLKP companies, an employer's payroll, workforce figures) recorded as imports
 * like rosters are, so each can be listed and undone as a whole. Rows an import wrote carry its id; what
 * it replaced (an earlier payroll of the same month, earlier workforce figures) is kept as JSON for undo.
 */
export const listImports: Migration = {
  version: 6,
  name: 'list imports: record and undo outside lists, payrolls and workforce figures',
  up(db) {
    db.exec(`
      CREATE TABLE list_imports (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('prospects', 'payroll', 'workforce')),
        file_name TEXT NOT NULL,
        user_name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        npp TEXT REFERENCES employers(npp),
        period TEXT,
        source TEXT,
        received INTEGER NOT NULL,
        imported INTEGER NOT NULL,
        skipped INTEGER NOT NULL,
        result TEXT NOT NULL,
        replaced TEXT,
        undone_at TEXT,
        undone_by TEXT
      ) STRICT;
      CREATE INDEX list_imports_kind ON list_imports(kind, id);

      ALTER TABLE prospects ADD COLUMN list_import_id INTEGER REFERENCES list_imports(id);
      ALTER TABLE payroll_lines ADD COLUMN list_import_id INTEGER REFERENCES list_imports(id);
      ALTER TABLE headcount_reports ADD COLUMN list_import_id INTEGER REFERENCES list_imports(id);
      CREATE INDEX prospects_list_import ON prospects(list_import_id) WHERE list_import_id IS NOT NULL;
      CREATE INDEX payroll_lines_list_import ON payroll_lines(list_import_id) WHERE list_import_id IS NOT NULL;
      CREATE INDEX headcount_reports_list_import ON headcount_reports(list_import_id) WHERE list_import_id IS NOT NULL;
    `);
  },
};
