import type { EndReason, IdentityCorrection, MembershipEnd, WagePeriod, WageSource } from '../../shared/domain/membership-history';
import { currentActor } from '../audit/actor';
import type { Db } from '../db/connection';
import { nowIso, stmt } from '../db/statements';
import { v7 as uuidv7 } from 'uuid';

interface WageRow {
  from_month: string;
  wage: number;
  source: WageSource;
  import_id: number | null;
  recorded_at: string;
  recorded_by: string;
}

const toPeriod = (r: WageRow): WagePeriod => ({
  fromMonth: r.from_month,
  wage: r.wage,
  source: r.source,
  importId: r.import_id,
  recordedAt: r.recorded_at,
  recordedBy: r.recorded_by,
});

/** A membership's wage periods, newest first. */
export function wageHistory(db: Db, membershipId: number): WagePeriod[] {
  const rows = stmt(db, 'SELECT * FROM membership_wages WHERE membership_id = ? ORDER BY from_month DESC').all(membershipId);
  return (rows as WageRow[]).map(toPeriod);
}

/** The period that starts exactly at a month, if any (an import journals it before replacing it). */
export function wagePeriodAt(db: Db, membershipId: number, fromMonth: string): WagePeriod | null {
  const row = stmt(db, 'SELECT * FROM membership_wages WHERE membership_id = ? AND from_month = ?').get(membershipId, fromMonth);
  return row ? toPeriod(row as WageRow) : null;
}

/**
 * Records a wage from a month (replacing a period that starts that same month) and keeps
 * `memberships.wage` equal to the latest period's wage.
 */
export function setWagePeriod(
  db: Db,
  p: { membershipId: number; fromMonth: string; wage: number; source: WageSource; importId?: number | null },
): void {
  const now = nowIso();
  stmt(
    db,
    `INSERT INTO membership_wages (membership_id, from_month, wage, source, import_id, recorded_at, recorded_by)
     VALUES (@membershipId, @fromMonth, @wage, @source, @importId, @now, @actor)
     ON CONFLICT (membership_id, from_month) DO UPDATE SET wage = excluded.wage, source = excluded.source,
       import_id = excluded.import_id, recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by`,
  ).run({ ...p, importId: p.importId ?? null, now, actor: currentActor() });
  syncCurrentWage(db, p.membershipId, now);
}

/** Puts a period back as it was before an import (or removes the one the import added). */
export function restoreWagePeriod(db: Db, membershipId: number, fromMonth: string, before: WagePeriod | null): void {
  stmt(db, 'DELETE FROM membership_wages WHERE membership_id = ? AND from_month = ?').run(membershipId, fromMonth);
  if (before) {
    stmt(
      db,
      `INSERT INTO membership_wages (membership_id, from_month, wage, source, import_id, recorded_at, recorded_by)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(membershipId, before.fromMonth, before.wage, before.source, before.importId, before.recordedAt, before.recordedBy);
  }
}

function syncCurrentWage(db: Db, membershipId: number, now: string): void {
  stmt(
    db,
    `UPDATE memberships SET wage = latest.wage, updated_at = @now
     FROM (SELECT wage FROM membership_wages WHERE membership_id = @id ORDER BY from_month DESC LIMIT 1) AS latest
     WHERE memberships.id = @id AND memberships.wage IS NOT latest.wage`,
  ).run({ id: membershipId, now });
}

export function recordEnd(db: Db, membershipId: number, reason: EndReason, movedTo: number | null): void {
  stmt(
    db,
    `INSERT INTO membership_ends (membership_id, reason, moved_to, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (membership_id) DO UPDATE SET reason = excluded.reason, moved_to = excluded.moved_to,
       recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by`,
  ).run(membershipId, reason, movedTo, nowIso(), currentActor());
}

/** Removes the reason of an end an import undo takes back. */
export function forgetEnd(db: Db, membershipId: number): void {
  stmt(db, 'DELETE FROM membership_ends WHERE membership_id = ?').run(membershipId);
}

export function endOf(db: Db, membershipId: number): MembershipEnd | null {
  const row = stmt(db, 'SELECT reason, moved_to AS movedTo, recorded_by AS recordedBy FROM membership_ends WHERE membership_id = ?').get(membershipId);
  return (row as MembershipEnd | undefined) ?? null;
}

export function insertCorrection(db: Db, workerId: number, c: Omit<IdentityCorrection, 'id' | 'recordedAt' | 'recordedBy'>): void {
  stmt(
    db,
    `INSERT INTO identity_corrections (gid, worker_id, before_json, after_json, reason, document_note, recorded_at, recorded_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(uuidv7(), workerId, JSON.stringify(c.before), JSON.stringify(c.after), c.reason, c.documentNote, nowIso(), currentActor());
}

export function correctionsOf(db: Db, workerId: number): IdentityCorrection[] {
  type Row = { id: number; before_json: string; after_json: string; reason: string; document_note: string | null; recorded_at: string; recorded_by: string };
  const rows = stmt(db, 'SELECT * FROM identity_corrections WHERE worker_id = ? ORDER BY id DESC').all(workerId) as Row[];
  return rows.map((r) => ({
    id: r.id,
    before: JSON.parse(r.before_json) as IdentityCorrection['before'],
    after: JSON.parse(r.after_json) as IdentityCorrection['after'],
    reason: r.reason,
    documentNote: r.document_note,
    recordedAt: r.recorded_at,
    recordedBy: r.recorded_by,
  }));
}
