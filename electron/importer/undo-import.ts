import { runBulk } from '../audit/actor';
import { appendAudit } from '../store/audit';
import { AppError } from '../errors/app-error';
import type { UndoResult } from '../../shared/import/types';
import type { Db } from '../db/open';
import { nowIso, stmt } from '../db/statements';
import { getImport } from './import-store';
import { maskNik } from '../../shared/gaps/mask-nik';
import { restoreWagePeriod } from '../store/membership-history';
import type { MembershipJournal } from './commit-roster';

interface JournalRow {
  entity: 'worker' | 'membership' | 'employer';
  entity_key: string;
  action: 'insert' | 'update';
  before_json: string | null;
}

type Ranges = { wf: number | null; wt: number | null; mf: number | null; mt: number | null };

interface DeskEdit {
  record: string;
  actor: string;
  at: string;
}

/**
 * A change made by hand after the import to a row the import wrote (inserted or updated), or null. Desk
 * edits are not journalled, but the audit triggers record each one with its time and actor. Undoing over
 * one would silently throw away what a clerk typed, so it is refused instead.
 */
function laterDeskEdit(db: Db, id: number, since: string, r: Ranges): DeskEdit | null {
  const edit = stmt(
    db,
    // Driven by the few audit rows after the import; each is checked against the import's id ranges and
    // journal through their indexes, so a 100,000-row import costs no scan of what it wrote.
    `SELECT a.entity, a.entity_id AS key, a.actor, a.at FROM audit_log a
     WHERE a.at >= @since AND a.action IN ('update', 'delete') AND (
       (a.entity = 'membership' AND (CAST(a.entity_id AS INTEGER) BETWEEN @mf AND @mt
         OR EXISTS (SELECT 1 FROM import_journal j WHERE j.import_id = @id AND j.entity = 'membership' AND j.entity_key = a.entity_id)))
       OR (a.entity = 'worker' AND EXISTS (SELECT 1 FROM workers w WHERE w.nik = a.entity_id AND (w.id BETWEEN @wf AND @wt
         OR EXISTS (SELECT 1 FROM import_journal j WHERE j.import_id = @id AND j.entity = 'worker' AND j.entity_key = CAST(w.id AS TEXT)))))
       OR (a.entity = 'employer' AND EXISTS (SELECT 1 FROM import_journal j WHERE j.import_id = @id AND j.entity = 'employer' AND j.entity_key = a.entity_id)))
     ORDER BY a.id LIMIT 1`,
  ).get({ id, since, ...r }) as { entity: string; key: string; actor: string; at: string } | undefined;
  if (!edit) return null;
  // Identifiers only, never a name or a full NIK: the message is shown and may be logged.
  const record = edit.entity === 'membership' ? `#${edit.key}` : edit.entity === 'employer' ? `NPP ${edit.key}` : `NIK ${maskNik(edit.key)}`;
  return { record, actor: edit.actor, at: edit.at };
}

/** A later, still-standing import that changed something this one wrote, or null. */
function laterConflict(db: Db, id: number, r: Ranges): string | null {
  const later = stmt(
    db,
    `SELECT i.id FROM import_journal j JOIN imports i ON i.id = j.import_id
     WHERE i.id > @id AND i.undone_at IS NULL AND (
       (j.entity = 'membership' AND CAST(j.entity_key AS INTEGER) BETWEEN @mf AND @mt)
       OR (j.entity = 'worker' AND CAST(j.entity_key AS INTEGER) BETWEEN @wf AND @wt)
       OR EXISTS (SELECT 1 FROM import_journal k WHERE k.import_id = @id AND k.entity = j.entity AND k.entity_key = j.entity_key))
     ORDER BY i.id LIMIT 1`,
  ).get({ id, ...r }) as { id: number } | undefined;
  if (later) return `impor #${later.id}`;
  // A membership entered later (desk or import) for a person this import created.
  const other = stmt(
    db,
    `SELECT id FROM memberships WHERE worker_id BETWEEN @wf AND @wt AND NOT (id BETWEEN coalesce(@mf, 0) AND coalesce(@mt, -1)) LIMIT 1`,
  ).get(r) as { id: number } | undefined;
  if (other) return `kepesertaan #${other.id}`;
  // Employers this import created that something now depends on.
  const dependent = stmt(
    db,
    `SELECT j.entity_key AS npp FROM import_journal j
     WHERE j.import_id = @id AND j.entity = 'employer' AND j.action = 'insert'
       AND (EXISTS (SELECT 1 FROM memberships m WHERE m.npp = j.entity_key)
         OR EXISTS (SELECT 1 FROM imports i WHERE i.npp = j.entity_key AND i.undone_at IS NULL))
     LIMIT 1`,
  ).get({ id }) as { npp: string } | undefined;
  return dependent ? `data NPP ${dependent.npp}` : null;
}

const MEMBERSHIP_RESTORE = `UPDATE memberships SET wage = @wage, end_date = @end_date, status = @status, updated_at = @updated_at WHERE id = @id`;
const WORKER_RESTORE = `UPDATE workers SET kpj = @kpj, updated_at = @updated_at WHERE id = @id`;
const EMPLOYER_RESTORE = `UPDATE employers SET name = @name, npwp = @npwp, nib = @nib, regency_code = @regency_code,
  address = @address, scale = @scale, risk_group = @risk_group, programs = @programs,
  reported_headcount = @reported_headcount, branch_code = @branch_code, updated_at = @updated_at WHERE npp = @npp`;

/** Restores the state before an import as a whole: its inserted rows removed, its updated rows put back. */
export function undoImport(db: Db, id: number, user: string): UndoResult {
  return runBulk(() => db
    .transaction((): UndoResult => {
      const imp = getImport(db, id);
      if (!imp) throw new AppError('IMPORT_NOT_FOUND', { id });
      if (imp.undone_at) throw new AppError('IMPORT_ALREADY_UNDONE', { id, at: imp.undone_at });
      const ranges = { wf: imp.worker_id_from, wt: imp.worker_id_to, mf: imp.membership_id_from, mt: imp.membership_id_to };
      const conflict = laterConflict(db, id, ranges);
      if (conflict) throw new AppError('IMPORT_UNDO_CONFLICT', { id, by: conflict });
      const edited = laterDeskEdit(db, id, imp.created_at, ranges);
      if (edited) throw new AppError('IMPORT_UNDO_EDITED', { id, ...edited });

      let restored = 0;
      let employers = 0;
      let people = 0;
      let memberships = 0;
      const entries = stmt(db, 'SELECT entity, entity_key, action, before_json FROM import_journal WHERE import_id = ?').all(id) as JournalRow[];
      for (const e of entries) {
        if (e.action === 'insert') {
          if (e.entity === 'employer') employers += stmt(db, 'DELETE FROM employers WHERE npp = ?').run(e.entity_key).changes;
          continue;
        }
        const before = JSON.parse(e.before_json ?? '{}') as Record<string, unknown>;
        if (e.entity === 'membership') {
          const { wagePeriod, ...row } = before as unknown as MembershipJournal;
          if (wagePeriod) restoreWagePeriod(db, Number(e.entity_key), wagePeriod.fromMonth, wagePeriod.before);
          stmt(db, MEMBERSHIP_RESTORE).run({ ...row, id: Number(e.entity_key) });
        }
        else if (e.entity === 'worker') stmt(db, WORKER_RESTORE).run({ ...before, id: Number(e.entity_key) });
        else stmt(db, EMPLOYER_RESTORE).run(before);
        restored++;
      }
      if (ranges.mf !== null && ranges.mt !== null) {
        memberships = stmt(db, 'DELETE FROM memberships WHERE id BETWEEN ? AND ?').run(ranges.mf, ranges.mt).changes;
      }
      if (ranges.wf !== null && ranges.wt !== null) {
        people = stmt(db, 'DELETE FROM workers WHERE id BETWEEN ? AND ?').run(ranges.wf, ranges.wt).changes;
      }
      const undoneAt = nowIso();
      stmt(db, 'UPDATE imports SET undone_at = ?, undone_by = ? WHERE id = ?').run(undoneAt, user, id);
      // People and memberships are counted apiece: "12 removed" for 6 roster rows read as twelve people.
      const removed = employers + people + memberships;
      const counts = { removedEmployers: employers, removedWorkers: people, removedMemberships: memberships };
      appendAudit(db, { action: 'undo', entity: 'import', entityId: String(id), actor: user, detail: { removed, restored, ...counts } });
      return { importId: id, removed, ...counts, restored, undoneAt };
    })
    .immediate());
}
