import type { Migration } from './migration';

export const coreSchema: Migration = {
  version: 1,
  name: 'core: reference tables, employers, workers, memberships',
  up(db) {
    db.exec(`
      CREATE TABLE provinces (code TEXT PRIMARY KEY, name TEXT NOT NULL) STRICT;
      CREATE TABLE regions (
        code TEXT PRIMARY KEY,
        province_code TEXT NOT NULL REFERENCES provinces(code),
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('kabupaten', 'kota')),
        legacy INTEGER NOT NULL DEFAULT 0,
        successor_code TEXT
      ) STRICT;
      CREATE TABLE branches (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        province_code TEXT NOT NULL REFERENCES provinces(code)
      ) STRICT;
      CREATE TABLE branch_regencies (
        regency_code TEXT PRIMARY KEY REFERENCES regions(code),
        branch_code TEXT NOT NULL REFERENCES branches(code),
        confirmed INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE TABLE minimum_wages (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('UMP', 'UMK')),
        province_code TEXT NOT NULL REFERENCES provinces(code),
        regency_code TEXT REFERENCES regions(code),
        year INTEGER NOT NULL,
        amount REAL NOT NULL CHECK (amount > 0),
        confirmed INTEGER NOT NULL DEFAULT 1,
        source TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE UNIQUE INDEX minimum_wages_key ON minimum_wages(kind, province_code, coalesce(regency_code, ''), year);
      CREATE TABLE jp_wage_caps (effective_month TEXT PRIMARY KEY, amount REAL NOT NULL, source TEXT NOT NULL DEFAULT '') STRICT;
      CREATE TABLE pension_ages (from_year INTEGER PRIMARY KEY, age INTEGER NOT NULL) STRICT;
      CREATE TABLE jkk_rates (risk_group INTEGER PRIMARY KEY CHECK (risk_group BETWEEN 1 AND 5), rate_pct REAL NOT NULL) STRICT;
      CREATE TABLE workforce (
        area_code TEXT NOT NULL,
        year INTEGER NOT NULL,
        employed INTEGER NOT NULL CHECK (employed >= 0),
        source TEXT NOT NULL,
        confirmed INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (area_code, year)
      ) STRICT;

      CREATE TABLE employers (
        npp TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        npwp TEXT,
        nib TEXT,
        regency_code TEXT NOT NULL REFERENCES regions(code),
        address TEXT NOT NULL DEFAULT '',
        scale TEXT NOT NULL CHECK (scale IN ('mikro', 'kecil', 'menengah', 'besar')),
        risk_group INTEGER NOT NULL CHECK (risk_group BETWEEN 1 AND 5),
        programs TEXT NOT NULL DEFAULT '',
        reported_headcount INTEGER NOT NULL DEFAULT 0,
        branch_code TEXT NOT NULL REFERENCES branches(code),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX employers_npwp ON employers(npwp) WHERE npwp IS NOT NULL;
      CREATE INDEX employers_nib ON employers(nib) WHERE nib IS NOT NULL;
      CREATE INDEX employers_branch ON employers(branch_code, name);
      CREATE INDEX employers_regency ON employers(regency_code);
      CREATE INDEX employers_name ON employers(name COLLATE NOCASE);

      CREATE TABLE workers (
        id INTEGER PRIMARY KEY,
        nik TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        birth_date TEXT NOT NULL,
        gender TEXT NOT NULL CHECK (gender IN ('L', 'P')),
        kpj TEXT,
        phone TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE memberships (
        id INTEGER PRIMARY KEY,
        worker_id INTEGER NOT NULL REFERENCES workers(id),
        npp TEXT NOT NULL REFERENCES employers(npp),
        segment TEXT NOT NULL CHECK (segment IN ('PU', 'BPU', 'JAKON')),
        wage REAL NOT NULL CHECK (wage >= 0),
        start_date TEXT NOT NULL,
        end_date TEXT,
        programs TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('aktif', 'nonaktif')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX memberships_one_active ON memberships(worker_id, npp) WHERE status = 'aktif';
      CREATE INDEX memberships_employer ON memberships(npp, status);
      CREATE INDEX memberships_worker ON memberships(worker_id);

      CREATE VIRTUAL TABLE employers_fts USING fts5(name, content='employers', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
      CREATE TRIGGER employers_fts_insert AFTER INSERT ON employers BEGIN
        INSERT INTO employers_fts(rowid, name) VALUES (new.rowid, new.name);
      END;
      CREATE TRIGGER employers_fts_delete AFTER DELETE ON employers BEGIN
        INSERT INTO employers_fts(employers_fts, rowid, name) VALUES ('delete', old.rowid, old.name);
      END;
      CREATE TRIGGER employers_fts_update AFTER UPDATE OF name ON employers BEGIN
        INSERT INTO employers_fts(employers_fts, rowid, name) VALUES ('delete', old.rowid, old.name);
        INSERT INTO employers_fts(rowid, name) VALUES (new.rowid, new.name);
      END;

      CREATE VIRTUAL TABLE workers_fts USING fts5(name, content='workers', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
      CREATE TRIGGER workers_fts_insert AFTER INSERT ON workers BEGIN
        INSERT INTO workers_fts(rowid, name) VALUES (new.id, new.name);
      END;
      CREATE TRIGGER workers_fts_delete AFTER DELETE ON workers BEGIN
        INSERT INTO workers_fts(workers_fts, rowid, name) VALUES ('delete', old.id, old.name);
      END;
      CREATE TRIGGER workers_fts_update AFTER UPDATE OF name ON workers BEGIN
        INSERT INTO workers_fts(workers_fts, rowid, name) VALUES ('delete', old.id, old.name);
        INSERT INTO workers_fts(rowid, name) VALUES (new.id, new.name);
      END;
    `);
  },
};
