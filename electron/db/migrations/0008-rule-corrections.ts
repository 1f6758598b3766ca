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
 * cap history reached back to July 2015 get the earlier caps (existing rows, possibly edited, are kept).
 */
export const ruleCorrections: Migration = {
  version: 8,
  name: 'rule corrections: sanction ladder to denda and TMP2T with who decided; JP caps from July 2015',
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
    `);
    const cap = db.prepare(
      'INSERT INTO jp_wage_caps (effective_month, amount, source) SELECT @month, @amount, @source WHERE NOT EXISTS (SELECT 1 FROM jp_wage_caps WHERE effective_month = @month)',
    );
    for (const [month, amount, source] of EARLY_JP_CAPS) cap.run({ month, amount, source });
  },
};
