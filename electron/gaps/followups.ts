import { v7 as uuidv7 } from 'uuid';
import type { GapFollowUp } from '../../shared/gaps/gap-api-types';
import type { FollowUpStatus, GapCode } from '../../shared/gaps/gap-types';
import type { Db } from '../db/open';
import { nowIso, stmt } from '../db/statements';

const SELECT = `SELECT id, gap_key AS gapKey, code, npp, prospect_id AS prospectId, status, note, noted_on AS notedOn,
  author, created_at AS createdAt, decided_by AS decidedBy FROM gap_followups`;

/** "PDS_UPAH:12345678" → code and NPP; "PWBD:P17" → code and prospect id. */
export function parseGapKey(key: string): { code: GapCode; npp: string | null; prospectId: number | null } {
  const [code, ref = ''] = key.split(':') as [GapCode, string];
  return code === 'PWBD' ? { code, npp: null, prospectId: Number(ref.slice(1)) } : { code, npp: ref, prospectId: null };
}

export function addFollowUp(
  db: Db,
  f: { gapKey: string; status: FollowUpStatus; note: string; author: string; notedOn: string; decidedBy?: string | undefined },
): GapFollowUp {
  const { code, npp, prospectId } = parseGapKey(f.gapKey);
  const info = stmt(
    db,
    `INSERT INTO gap_followups (gid, gap_key, code, npp, prospect_id, status, note, noted_on, author, created_at, decided_by)
     VALUES (@gid, @gapKey, @code, @npp, @prospectId, @status, @note, @notedOn, @author, @now, @decidedBy)`,
  ).run({ ...f, gid: uuidv7(), code, npp, prospectId, now: nowIso(), decidedBy: f.decidedBy ?? null });
  return stmt(db, `${SELECT} WHERE id = ?`).get(info.lastInsertRowid) as GapFollowUp;
}

export function followUpsOf(db: Db, filter: { gapKey?: string; npp?: string }): GapFollowUp[] {
  if (filter.gapKey) return stmt(db, `${SELECT} WHERE gap_key = ? ORDER BY id`).all(filter.gapKey) as GapFollowUp[];
  if (filter.npp) return stmt(db, `${SELECT} WHERE npp = ? ORDER BY id`).all(filter.npp) as GapFollowUp[];
  return stmt(db, `${SELECT} ORDER BY id DESC LIMIT 1000`).all() as GapFollowUp[];
}

/** Whether a gap's follow-ups already reached a rung (the ladder is climbed in order). */
export function hasFollowUpStatus(db: Db, gapKey: string, status: FollowUpStatus): boolean {
  return stmt(db, 'SELECT 1 FROM gap_followups WHERE gap_key = ? AND status = ? LIMIT 1').get(gapKey, status) !== undefined;
}
