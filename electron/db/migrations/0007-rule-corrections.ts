import type { Migration } from './migration';

// DOMAIN.md §2, written out: a shipped step must not change when the seed files do.
const EARLY_JP_CAPS: readonly [string, number, string][] = [
  ['2015-07', 7_000_000, 'Batas upah JP awal program (PP 45/2015 Ps.28)'],
  ['2016-03', 7_335_300, 'Penyesuaian batas upah JP 2016 (PP 45/2015 Ps.28)'],
  ['2017-03', 7_703_500, 'Penyesuaian batas upah JP 2017 (PP 45/2015 Ps.28)'],
  ['2018-03', 8_094_000, 'Penyesuaian batas upah JP 2018 (PP 45/2015 Ps.28)'],
  ['2019-03', 8_512_400, 'Penyesuaian batas upah JP 2019 (PP 45/2015 Ps.28)'],
  ['2020-03', 8_754_600, 'Penyesuaian batas upah JP 2020 (PP 45/2015 Ps.28)'],
  ['2021-03', 8_939_700, 'Penyesuaian batas upah JP 2021 (PP 45/2015 Ps.28)'],
  ['2022-03', 9_077_600, 'Penyesuaian batas upah JP 2022 (PP 45/2015 Ps.28)'],
];

/**
 * Issue 13. The follow-up ladder continues past teguran 2 as UU 24/2011 Ps.17 and PP 86/2013 do: a fine (denda),
 * then a request to the regional government to withhold public services (TMP2T), each recording who decided it.
 * SQLite cannot widen a CHECK in place, so the table is rebuilt with its rows and ids. Stores made before the JP
 * cap history reached back to July 2015 get the earlier caps (existing rows, possibly edited, are kept). Employers
 * gain the JKK-relief flag (PP 7/2025 jo. PP 36/2025, with its dated rate row) and capital/annual sales.
 */
export const ruleCorrections: Migration = {
  version: 7,
  name: 'rule corrections: sanction ladder to denda and TMP2T; JP caps from July 2015; JKK relief; capital and sales',
  up(db) {
    db.exec(`
      CREATE TABLE gap_followups_new (
        id INTEGER PRIMARY KEY,
        gap_key TEXT NOT NULL,
        code TEXT NOT NULL CHECK (code IN ('PDS_TK', 'PDS_UPAH', 'PDS_PROGRAM', 'PWBD')),
        npp TEXT REFERENCES employers(npp),
        prospect_id INTEGER REFERENCES prospects(id) ON DELETE CASCADE,
        status TEXT NOT NULL CHECK (status IN ('baru', 'dihubungi', 'teguran_1', 'teguran_2', 'denda', 'tmp2t', 'selesai')),
        note TEXT NOT NULL DEFAULT '',
        noted_on TEXT NOT NULL,
        author TEXT NOT NULL,
        created_at TEXT NOT NULL,
        decided_by TEXT,
        CHECK (status NOT IN ('denda', 'tmp2t') OR decided_by IS NOT NULL)
      ) STRICT;
      INSERT INTO gap_followups_new (id, gap_key, code, npp, prospect_id, status, note, noted_on, author, created_at)
        SELECT id, gap_key, code, npp, prospect_id, status, note, noted_on, author, created_at FROM gap_followups;
      DROP TABLE gap_followups;
      ALTER TABLE gap_followups_new RENAME TO gap_followups;
      CREATE INDEX gap_followups_key ON gap_followups(gap_key, id);
      CREATE INDEX gap_followups_npp ON gap_followups(npp) WHERE npp IS NOT NULL;

      -- Temporary JKK relief: which employers qualify, and the dated rate rows estimates apply it from.
      ALTER TABLE employers ADD COLUMN jkk_relief INTEGER NOT NULL DEFAULT 0 CHECK (jkk_relief IN (0, 1));
      -- What the business scale rests on (PP 7/2021 Ps.35), so the form can suggest it and flag a mismatch.
      ALTER TABLE employers ADD COLUMN capital REAL CHECK (capital >= 0);
      ALTER TABLE employers ADD COLUMN annual_sales REAL CHECK (annual_sales >= 0);
      CREATE TABLE jkk_reliefs (
        from_month TEXT PRIMARY KEY,
        to_month TEXT NOT NULL CHECK (to_month >= from_month),
        discount_pct REAL NOT NULL CHECK (discount_pct > 0 AND discount_pct <= 100),
        source TEXT NOT NULL
      ) STRICT;
      INSERT INTO jkk_reliefs VALUES ('2025-02', '2026-01', 50,
        'PP 7/2025 (Feb–Jul 2025), diperpanjang PP 36/2025 (s.d. Jan 2026): diskon 50% iuran JKK untuk industri padat karya tertentu');
    `);
    const cap = db.prepare(
      'INSERT INTO jp_wage_caps (effective_month, amount, source) SELECT @month, @amount, @source WHERE NOT EXISTS (SELECT 1 FROM jp_wage_caps WHERE effective_month = @month)',
    );
    for (const [month, amount, source] of EARLY_JP_CAPS) cap.run({ month, amount, source });
  },
};
