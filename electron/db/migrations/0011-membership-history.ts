import type { Migration } from './migration';

/**
 * The life of a membership after enrolment (issue 11): wage periods, why a membership ended, and identity
 * corrections. `memberships.wage` stays the latest period's wage, so the many readers that want "the
 * registered wage" need no join; only a judgement of a past month asks the periods.
 */
export const membershipHistory: Migration = {
  version: 11,
  name: 'membership history: wage periods, end reasons, identity corrections',
  up(db) {
    db.exec(`
      CREATE TABLE membership_wages (
        membership_id INTEGER NOT NULL REFERENCES memberships(id) ON DELETE CASCADE,
        from_month TEXT NOT NULL,
        wage REAL NOT NULL CHECK (wage >= 0),
        -- 'awal': the wage the membership started with; 'meja': changed at the desk; 'impor': by a roster import.
        source TEXT NOT NULL CHECK (source IN ('awal', 'meja', 'impor')),
        import_id INTEGER,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        PRIMARY KEY (membership_id, from_month)
      ) STRICT;
      -- The gap scan asks which memberships changed wage after the month it judges: a short range of
      -- changes, never the starting periods every membership has.
      CREATE INDEX membership_wages_changes ON membership_wages(from_month, membership_id) WHERE source <> 'awal';

      INSERT INTO membership_wages (membership_id, from_month, wage, source, recorded_at, recorded_by)
        SELECT id, substr(start_date, 1, 7), wage, 'awal', created_at, 'system' FROM memberships;

      -- Whatever writes a membership (desk, import, sync, demo), its first period exists.
      CREATE TRIGGER memberships_first_wage AFTER INSERT ON memberships BEGIN
        INSERT OR IGNORE INTO membership_wages (membership_id, from_month, wage, source, recorded_at, recorded_by)
        VALUES (new.id, substr(new.start_date, 1, 7), new.wage, 'awal', new.created_at, sigap_actor());
      END;

      CREATE TABLE membership_ends (
        membership_id INTEGER PRIMARY KEY REFERENCES memberships(id) ON DELETE CASCADE,
        reason TEXT NOT NULL CHECK (reason IN ('resign', 'contract_ended', 'dismissed', 'died', 'retired', 'moved')),
        moved_to INTEGER REFERENCES memberships(id) ON DELETE SET NULL,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
      ) STRICT;

      CREATE TABLE identity_corrections (
        id INTEGER PRIMARY KEY,
        worker_id INTEGER NOT NULL REFERENCES workers(id) ON DELETE CASCADE,
        before_json TEXT NOT NULL,
        after_json TEXT NOT NULL,
        reason TEXT NOT NULL,
        document_note TEXT,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX identity_corrections_worker ON identity_corrections(worker_id, id);
    `);
  },
};
