import type { Migration } from './migration';

/**
 * Compliance gaps (issue 4): outside company lists for PWBD, payroll lines for PDS Upah, headcount
 * figures for PDS TK, follow-up records per gap, and staff links of a prospect to an NPP.
 */
export const gapsSchema: Migration = {
  version: 4,
  name: 'gaps: prospects, payroll lines, headcount reports, follow-ups, prospect links',
  up(db) {
    db.exec(`
      -- Licensing/PTSP, OSS and WLKP lists: companies that may have to register (PWBD candidates).
      CREATE TABLE prospects (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        nib TEXT,
        npwp TEXT,
        npwp16 TEXT,
        regency_code TEXT NOT NULL REFERENCES regions(code),
        workers INTEGER CHECK (workers IS NULL OR workers >= 0),
        address TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL CHECK (source IN ('PTSP', 'OSS', 'WLKP', 'LAINNYA')),
        source_file TEXT NOT NULL DEFAULT '',
        imported_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX prospects_nib ON prospects(nib) WHERE nib IS NOT NULL;
      CREATE INDEX prospects_npwp16 ON prospects(npwp16) WHERE npwp16 IS NOT NULL;
      CREATE INDEX prospects_regency ON prospects(regency_code, name_key);

      -- A near-miss staff confirmed as an already registered employer: the prospect is no longer PWBD.
      CREATE TABLE prospect_links (
        prospect_id INTEGER PRIMARY KEY REFERENCES prospects(id) ON DELETE CASCADE,
        npp TEXT NOT NULL REFERENCES employers(npp),
        linked_at TEXT NOT NULL,
        author TEXT NOT NULL
      ) STRICT;
      CREATE INDEX prospect_links_npp ON prospect_links(npp);

      -- The employer's own payroll, one line per worker and month, for PDS Upah against payroll.
      CREATE TABLE payroll_lines (
        id INTEGER PRIMARY KEY,
        npp TEXT NOT NULL REFERENCES employers(npp),
        period TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
        nik TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        wage REAL NOT NULL CHECK (wage >= 0),
        source_file TEXT NOT NULL DEFAULT '',
        imported_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX payroll_lines_key ON payroll_lines(npp, period, nik);

      -- Headcount figures entered after registration (WLKP, payroll): the latest one is the known headcount.
      CREATE TABLE headcount_reports (
        id INTEGER PRIMARY KEY,
        npp TEXT NOT NULL REFERENCES employers(npp),
        headcount INTEGER NOT NULL CHECK (headcount >= 0),
        source TEXT NOT NULL CHECK (source IN ('WLKP', 'PAYROLL', 'PTSP', 'OSS', 'LAINNYA')),
        reported_on TEXT NOT NULL,
        entered_at TEXT NOT NULL,
        author TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX headcount_reports_latest ON headcount_reports(npp, reported_on, id);

      -- Follow-up of one gap (baru → dihubungi → teguran_1 → teguran_2 → selesai); the latest row is its status.
      CREATE TABLE gap_followups (
        id INTEGER PRIMARY KEY,
        gap_key TEXT NOT NULL,
        code TEXT NOT NULL CHECK (code IN ('PDS_TK', 'PDS_UPAH', 'PDS_PROGRAM', 'PWBD')),
        npp TEXT REFERENCES employers(npp),
        prospect_id INTEGER REFERENCES prospects(id) ON DELETE CASCADE,
        status TEXT NOT NULL CHECK (status IN ('baru', 'dihubungi', 'teguran_1', 'teguran_2', 'selesai')),
        note TEXT NOT NULL DEFAULT '',
        noted_on TEXT NOT NULL,
        author TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX gap_followups_key ON gap_followups(gap_key, id);
      CREATE INDEX gap_followups_npp ON gap_followups(npp) WHERE npp IS NOT NULL;

      -- The gap scan walks memberships by employer and segment without touching the table or sorting, and
      -- reads only the wages under a regency's minimum as an index range (wage < UMK).
      CREATE INDEX memberships_gap_scan ON memberships(npp, segment, wage, start_date, end_date, worker_id);
      -- Workers at or above pension age are a small share: found by birth date instead of reading everyone.
      CREATE INDEX workers_birth_date ON workers(birth_date);
    `);
  },
};
