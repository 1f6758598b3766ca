import type { ListUndoResult } from '../../shared/lists/list-types';
import { AppError } from '../errors/app-error';
import type { Db } from '../db/open';
import { nowIso, stmt } from '../db/statements';
import { appendAudit } from '../store/audit';
import type { Replaced, WorkforceFigure } from './commit-list';
import { getListImport, type ListImportRow } from './list-import-store';

/** Refuses when taking this import back would lose later work. */
function refuseConflict(db: Db, imp: ListImportRow, replaced: Replaced | null): void {
  if (imp.kind === 'prospects') {
    // Staff follow-ups and links on these companies are work the undo would delete with them.
    const used = stmt(
      db,
      `SELECT (SELECT count(*) FROM gap_followups f JOIN prospects p ON p.id = f.prospect_id WHERE p.list_import_id = @id)
            + (SELECT count(*) FROM prospect_links l JOIN prospects p ON p.id = l.prospect_id WHERE p.list_import_id = @id) AS n`,
    ).get({ id: imp.id }) as { n: number };
    if (used.n > 0) throw new AppError('LIST_UNDO_IN_USE', { id: imp.id, count: used.n });
    return;
  }
  if (imp.kind === 'payroll') {
    const later = stmt(
      db,
      `SELECT id FROM list_imports WHERE kind = 'payroll' AND npp = @npp AND period = @period AND id > @id AND undone_at IS NULL ORDER BY id LIMIT 1`,
    ).get({ npp: imp.npp, period: imp.period, id: imp.id }) as { id: number } | undefined;
    if (later) throw new AppError('LIST_UNDO_LATER', { id: imp.id, later: later.id });
    return;
  }
  // Workforce figures are edited by hand too (no journal): each must still hold what this import wrote.
  const after = replaced?.kind === 'workforce' ? replaced.after : [];
  const now = stmt(db, 'SELECT area_code, year, employed, source, confirmed FROM workforce WHERE area_code = ? AND year = ?');
  const changed = after.find((a) => {
    const cur = now.get(a.area_code, a.year) as WorkforceFigure | undefined;
    return !cur || cur.employed !== a.employed || cur.source !== a.source || cur.confirmed !== a.confirmed;
  });
  // A figure written twice by the same file only has to match its last value.
  if (changed && after.filter((a) => a.area_code === changed.area_code && a.year === changed.year).at(-1) === changed) {
    throw new AppError('LIST_UNDO_EDITED', { id: imp.id, area: changed.area_code, year: changed.year });
  }
}

/** Takes an outside-list import back as a whole: its rows removed, what it replaced put back. */
export function undoListImport(db: Db, id: number, user: string): ListUndoResult {
  return db
    .transaction((): ListUndoResult => {
      const imp = getListImport(db, id);
      if (!imp) throw new AppError('LIST_IMPORT_NOT_FOUND', { id });
      if (imp.undone_at) throw new AppError('IMPORT_ALREADY_UNDONE', { id, at: imp.undone_at });
      const replaced = imp.replaced ? (JSON.parse(imp.replaced) as Replaced) : null;
      refuseConflict(db, imp, replaced);

      let removed = 0;
      let restored = 0;
      removed += stmt(db, 'DELETE FROM headcount_reports WHERE list_import_id = ?').run(id).changes;
      removed += stmt(db, 'DELETE FROM prospects WHERE list_import_id = ?').run(id).changes;
      removed += stmt(db, 'DELETE FROM payroll_lines WHERE list_import_id = ?').run(id).changes;
      if (replaced?.kind === 'payroll') {
        const insert = stmt(
          db,
          `INSERT INTO payroll_lines (npp, period, nik, name, wage, source_file, imported_at, list_import_id)
           VALUES (@npp, @period, @nik, @name, @wage, @source_file, @imported_at, @list_import_id)`,
        );
        for (const line of replaced.lines) restored += insert.run({ ...line, npp: imp.npp, period: imp.period }).changes;
      }
      if (replaced?.kind === 'workforce') {
        const drop = stmt(db, 'DELETE FROM workforce WHERE area_code = ? AND year = ?');
        for (const a of replaced.after) removed += drop.run(a.area_code, a.year).changes;
        const put = stmt(db, 'INSERT INTO workforce (area_code, year, employed, source, confirmed) VALUES (@area_code, @year, @employed, @source, @confirmed)');
        for (const b of replaced.before) restored += put.run(b).changes;
      }
      const undoneAt = nowIso();
      stmt(db, 'UPDATE list_imports SET undone_at = ?, undone_by = ? WHERE id = ?').run(undoneAt, user, id);
      appendAudit(db, { action: 'undo', entity: 'list_import', entityId: String(id), actor: user, detail: { kind: imp.kind, removed, restored } });
      return { listImportId: id, removed, restored, undoneAt };
    })
    .immediate();
}
