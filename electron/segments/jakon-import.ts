import crypto from 'node:crypto';
import type { RowIssue, UndoResult } from '../../shared/import/types';
import { localDate, timeZoneOfProvince } from '../../shared/reference/time-zones';
import type { JakonImportResult, JakonProject } from '../../shared/segments/segment-types';
import { runBulk } from '../audit/actor';
import type { Db } from '../db/connection';
import { nowIso, stmt } from '../db/statements';
import { AppError } from '../errors/app-error';
import type { CheckedJakonRow, ParsedFile, ParseJob } from '../importer/parse-types';
import { annotateInWorker, parseInWorker } from '../importer/run-in-worker';
import { appendAudit } from '../store/audit';
import { getJakonProject } from '../store/jakon-projects';
import { peopleFor, removeUnusedPeople, storeIssue } from './people-import';

export interface JakonImportRequest {
  projectId: number;
  fileName: string;
  bytes: Buffer;
  sheet?: string;
  headerRow?: number;
  mapping?: Record<string, string | null>;
  dryRun: boolean;
  user: string;
  today: Date;
}

interface Checked {
  project: JakonProject;
  parsed: ParsedFile;
  job: Omit<ParseJob, 'mode'>;
  issues: RowIssue[];
  storeIssues: RowIssue[];
  /** Rows to add: people not yet active on the project. */
  fresh: (CheckedJakonRow & { start: string })[];
  accepted: number;
}

/** The project must still run: a roster for a project that has ended would open memberships already closed. */
function openProject(db: Db, projectId: number, today: Date): JakonProject {
  const project = getJakonProject(db, projectId);
  if (!project) throw new AppError('JAKON_PROJECT_NOT_FOUND', { id: projectId });
  const day = localDate(today, timeZoneOfProvince(project.regencyCode));
  if (project.closedAt || (project.endDate && project.endDate < day)) throw new AppError('JAKON_PROJECT_ENDED', { date: project.endDate ?? '-' });
  return project;
}

/** The checks that need the project: a start date within it, and who is already on it (kept, not added twice). */
async function check(db: Db, req: JakonImportRequest): Promise<Checked> {
  const project = openProject(db, req.projectId, req.today);
  const job: Omit<ParseJob, 'mode'> = {
    bytes: new Uint8Array(req.bytes.buffer, req.bytes.byteOffset, req.bytes.byteLength),
    fileName: req.fileName,
    kind: 'jakon',
    today: req.today.toISOString(),
    period: project.startDate.slice(0, 7),
    minimumWage: null,
    remembered: {},
    sheet: req.sheet,
    headerRow: req.headerRow,
    mapping: req.mapping,
  };
  const parsed = await parseInWorker(job);
  const active = new Set(
    (
      stmt(
        db,
        `SELECT w.nik FROM json_each(?) j JOIN workers w ON w.nik = j.value
         JOIN jakon_workers jw ON jw.worker_id = w.id AND jw.project_id = ? AND jw.status = 'aktif'`,
      ).all(JSON.stringify(parsed.jakon.map((r) => r.nik)), project.id) as { nik: string }[]
    ).map((r) => r.nik),
  );
  const startColumn = parsed.preview.mapping.find((m) => m.field === 'startDate');
  const storeIssues: RowIssue[] = [];
  const fresh: Checked['fresh'] = [];
  let accepted = 0;
  for (const row of parsed.jakon) {
    const start = row.startDate ?? project.startDate;
    if (start < project.startDate || (project.endDate !== null && start > project.endDate)) {
      const params = { date: start, start: project.startDate, end: project.endDate ?? '…' };
      storeIssues.push({ ...storeIssue(row.row, startColumn ? startColumn.header || startColumn.letter : '', 'JAKON_START_OUTSIDE', 'error', params), field: 'startDate' });
      continue;
    }
    accepted++;
    if (!active.has(row.nik)) fresh.push({ ...row, start });
  }
  const issues = [...parsed.issues, ...storeIssues].sort((a, b) => a.row - b.row);
  return { project, parsed, job, issues, storeIssues, fresh, accepted };
}

/** A contractor's roster: dry run, or every accepted row in one transaction as one undoable import. */
export async function runJakonImport(db: Db, req: JakonImportRequest): Promise<JakonImportResult> {
  const c = await check(db, req);
  const { parsed, project, fresh } = c;
  const counts = {
    totalRows: parsed.totalRows,
    accepted: c.accepted,
    rejected: parsed.rejected + c.storeIssues.length,
    skipped: parsed.skipped,
    warnings: c.issues.filter((i) => i.severity === 'warning').length,
  };
  const base: JakonImportResult = {
    importId: null,
    kind: 'jakon',
    projectId: project.id,
    dryRun: req.dryRun,
    sheet: parsed.preview.sheet,
    headerRow: parsed.preview.headerRow,
    ...counts,
    inserted: fresh.length,
    updated: 0,
    unchanged: c.accepted - fresh.length,
    issues: c.issues,
    fileWarnings: parsed.preview.fileWarnings,
  };
  if (req.dryRun) return base;

  // The trail gets one entry for the whole import; the id ranges on the import record are what undo removes.
  const importId = runBulk(() =>
    db
      .transaction(() => {
        // Checked again inside the write: the project may have ended or gone while the file was read.
        openProject(db, project.id, req.today);
        const now = nowIso();
        const id = Number(
          stmt(
            db,
            `INSERT INTO jakon_imports (project_id, file_name, content_hash, user_name, created_at, sheet, header_row, total_rows, accepted, rejected, skipped)
             VALUES (@projectId, @fileName, @hash, @user, @now, @sheet, @headerRow, @totalRows, @accepted, @rejected, @skipped)`,
          ).run({
            projectId: project.id,
            fileName: req.fileName,
            hash: crypto.createHash('sha256').update(req.bytes).digest('hex'),
            user: req.user,
            now,
            sheet: parsed.preview.sheet,
            headerRow: parsed.preview.headerRow,
            ...counts,
          }).lastInsertRowid,
        );
        const people = peopleFor(db, fresh, now);
        const add = stmt(
          db,
          `INSERT INTO jakon_workers (project_id, worker_id, wage, start_date, end_date, status, created_at, updated_at)
           VALUES (?, ?, ?, ?, NULL, 'aktif', ?, ?)`,
        );
        let firstMember: number | null = null;
        let lastMember: number | null = null;
        for (const r of fresh) {
          lastMember = Number(add.run(project.id, people.ids.get(r.nik)!, r.wage, r.start, now, now).lastInsertRowid);
          firstMember ??= lastMember;
        }
        stmt(db, 'UPDATE jakon_imports SET worker_id_from = ?, worker_id_to = ?, member_id_from = ?, member_id_to = ? WHERE id = ?').run(
          people.firstNew,
          people.lastNew,
          firstMember,
          lastMember,
          id,
        );
        appendAudit(db, {
          action: 'import',
          entity: 'jakon_import',
          entityId: String(id),
          actor: req.user,
          detail: { kind: 'jakon', projectId: project.id, fileName: req.fileName, ...counts, inserted: fresh.length },
        });
        return id;
      })
      .immediate(),
  );
  return { ...base, importId };
}

/** The contractor's file with "Status" and "Keterangan" columns, the project's checks included. */
export async function jakonAnnotated(db: Db, req: JakonImportRequest): Promise<{ bytes: Uint8Array; fileName: string }> {
  const c = await check(db, req);
  return annotateInWorker({ ...c.job, extraIssues: c.storeIssues });
}

/**
 * Undoes a whole roster import: the project memberships it added go, and the people it created go with them
 * unless something else (a membership, a programme, another project) has used them since.
 */
export function undoJakonImport(db: Db, importId: number, user: string): UndoResult {
  return runBulk(() =>
    db
      .transaction(() => {
        const rec = stmt(
          db,
          `SELECT project_id AS projectId, undone_at AS undoneAt, worker_id_from AS wFrom, worker_id_to AS wTo, member_id_from AS mFrom, member_id_to AS mTo
           FROM jakon_imports WHERE id = ?`,
        ).get(importId) as { projectId: number; undoneAt: string | null; wFrom: number | null; wTo: number | null; mFrom: number | null; mTo: number | null } | undefined;
        if (!rec) throw new AppError('JAKON_IMPORT_NOT_FOUND', { id: importId });
        if (rec.undoneAt) throw new AppError('JAKON_IMPORT_ALREADY_UNDONE', { id: importId });
        const members =
          rec.mFrom === null ? 0 : stmt(db, 'DELETE FROM jakon_workers WHERE project_id = ? AND id BETWEEN ? AND ?').run(rec.projectId, rec.mFrom, rec.mTo).changes;
        const removedWorkers = removeUnusedPeople(db, rec.wFrom, rec.wTo);
        const removed = members + removedWorkers;
        const undoneAt = nowIso();
        stmt(db, 'UPDATE jakon_imports SET undone_at = ?, undone_by = ? WHERE id = ?').run(undoneAt, user, importId);
        appendAudit(db, { action: 'undo', entity: 'jakon_import', entityId: String(importId), actor: user, detail: { removed } });
        return { importId, removed, removedEmployers: 0, removedWorkers, removedMemberships: members, restored: 0, undoneAt };
      })
      .immediate(),
  );
}
