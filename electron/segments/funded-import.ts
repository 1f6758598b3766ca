import crypto from 'node:crypto';
import type { RowIssue, UndoResult } from '../../shared/import/types';
import { renewalDiff } from '../../shared/segments/funded';
import type { FundedImportResult, FundedProgramme } from '../../shared/segments/segment-types';
import { runBulk } from '../audit/actor';
import type { Db } from '../db/connection';
import { nowIso, stmt } from '../db/statements';
import { AppError } from '../errors/app-error';
import type { CheckedFundedRow, ParsedFile, ParseJob } from '../importer/parse-types';
import { annotateInWorker, parseInWorker } from '../importer/run-in-worker';
import { appendAudit } from '../store/audit';
import { getProgramme, memberNiks, previousProgramme } from '../store/funded-programmes';
import { v7 as uuidv7 } from 'uuid';
import { nikColumnOf, peopleFor, removeUnusedPeople, storeIssue as issue } from './people-import';

export interface FundedImportRequest {
  programmeId: number;
  fileName: string;
  bytes: Buffer;
  sheet?: string;
  headerRow?: number;
  mapping?: Record<string, string | null>;
  dryRun: boolean;
  user: string;
  today: Date;
}

function job(req: FundedImportRequest, programme: FundedProgramme): Omit<ParseJob, 'mode'> {
  return {
    bytes: new Uint8Array(req.bytes.buffer, req.bytes.byteOffset, req.bytes.byteLength),
    fileName: req.fileName,
    kind: 'funded',
    today: req.today.toISOString(),
    period: programme.monthFrom,
    minimumWage: null,
    remembered: {},
    sheet: req.sheet,
    headerRow: req.headerRow,
    mapping: req.mapping,
  };
}

interface Checked {
  programme: FundedProgramme;
  parsed: ParsedFile;
  issues: RowIssue[];
  storeIssues: RowIssue[];
  accepted: CheckedFundedRow[];
  alreadyMembers: Set<string>;
}

/**
 * The checks that need the store, set-based over the whole list: another programme paying for the same person
 * in an overlapping month (a double payment, rejected), an active wage earner (a warning for the funder), the
 * programme's quota (a file-level warning).
 */
function storeChecks(db: Db, programme: FundedProgramme, parsed: ParsedFile): Omit<Checked, 'programme' | 'parsed'> {
  const column = nikColumnOf(parsed);
  const niks = JSON.stringify(parsed.funded.map((r) => r.nik));
  const elsewhere = new Map(
    (
      stmt(
        db,
        `SELECT w.nik, min(p.funder_name) AS funder, min(p.name) AS programme FROM json_each(@niks) j
         JOIN workers w ON w.nik = j.value JOIN funded_members f ON f.worker_id = w.id JOIN funded_programmes p ON p.id = f.programme_id
         WHERE p.id <> @id AND p.month_from <= @monthTo AND @monthFrom <= p.month_to GROUP BY w.nik`,
      ).all({ niks, id: programme.id, monthFrom: programme.monthFrom, monthTo: programme.monthTo }) as { nik: string; funder: string; programme: string }[]
    ).map((r) => [r.nik, r]),
  );
  const activePu = new Map(
    (
      stmt(
        db,
        `SELECT w.nik, min(e.name) AS employer FROM json_each(?) j JOIN workers w ON w.nik = j.value
         JOIN memberships m ON m.worker_id = w.id AND m.status = 'aktif' AND m.segment = 'PU' JOIN employers e ON e.npp = m.npp GROUP BY w.nik`,
      ).all(niks) as { nik: string; employer: string }[]
    ).map((r) => [r.nik, r.employer]),
  );
  const alreadyMembers = new Set(memberNiks(db, programme.id));
  const storeIssues: RowIssue[] = [];
  const accepted: CheckedFundedRow[] = [];
  for (const row of parsed.funded) {
    const other = elsewhere.get(row.nik);
    if (other) {
      storeIssues.push(issue(row.row, column, 'FUNDED_ELSEWHERE', 'error', { funder: other.funder, programme: other.programme }));
      continue;
    }
    const employer = activePu.get(row.nik);
    if (employer) storeIssues.push(issue(row.row, column, 'ACTIVE_PU', 'warning', { employer }));
    accepted.push(row);
  }
  const people = new Set([...alreadyMembers, ...accepted.map((r) => r.nik)]).size;
  if (people > programme.quota) storeIssues.push(issue(0, '', 'OVER_QUOTA', 'warning', { people, quota: programme.quota }));
  const issues = [...parsed.issues, ...storeIssues].sort((a, b) => a.row - b.row);
  return { issues, storeIssues, accepted, alreadyMembers };
}

async function check(db: Db, req: FundedImportRequest): Promise<Checked & { job: Omit<ParseJob, 'mode'> }> {
  const programme = getProgramme(db, req.programmeId);
  if (!programme) throw new AppError('PROGRAMME_NOT_FOUND', { id: req.programmeId });
  const parseJob = job(req, programme);
  const parsed = await parseInWorker(parseJob);
  return { programme, parsed, job: parseJob, ...storeChecks(db, programme, parsed) };
}

/** Where coverage counts a member: the funder's regency, or for a Pemprov the NIK's regency when it lies in that province. */
function memberRegency(db: Db, programme: FundedProgramme, nikRegency: string): string | null {
  if (programme.funderKind === 'pemkab') return programme.funderCode;
  const region = stmt(db, 'SELECT code, legacy, successor_code AS successor FROM regions WHERE code = ?').get(nikRegency) as
    | { code: string; legacy: number; successor: string | null }
    | undefined;
  const code = region ? (region.legacy ? region.successor : region.code) : null;
  return code && code.startsWith(`${programme.funderCode}.`) ? code : null;
}

/** A funder's list: dry run, or every accepted row in one transaction as one undoable import. */
export async function runFundedImport(db: Db, req: FundedImportRequest): Promise<FundedImportResult> {
  const c = await check(db, req);
  const { programme, parsed } = c;
  const previous = previousProgramme(db, programme);
  const current = new Set([...c.alreadyMembers, ...c.accepted.map((r) => r.nik)]);
  const diff = previous ? renewalDiff(previous.id, memberNiks(db, previous.id), current) : null;
  const renewal = diff ? { previousProgrammeId: diff.previousProgrammeId, added: diff.added, stays: diff.stays, dropped: diff.dropped } : null;
  const fresh = c.accepted.filter((r) => !c.alreadyMembers.has(r.nik));
  const counts = {
    totalRows: parsed.totalRows,
    accepted: c.accepted.length,
    rejected: parsed.rejected + (parsed.funded.length - c.accepted.length),
    skipped: parsed.skipped,
    warnings: c.issues.filter((i) => i.severity === 'warning').length,
  };
  const base: FundedImportResult = {
    importId: null,
    kind: 'funded',
    programmeId: programme.id,
    dryRun: req.dryRun,
    sheet: parsed.preview.sheet,
    headerRow: parsed.preview.headerRow,
    ...counts,
    inserted: fresh.length,
    updated: 0,
    unchanged: c.accepted.length - fresh.length,
    issues: c.issues,
    fileWarnings: parsed.preview.fileWarnings,
    renewal,
  };
  if (req.dryRun) return base;

  // Members are journalled by their import (for undo); the trail gets one entry for the whole import.
  const importId = runBulk(() =>
    db
      .transaction(() => {
        const now = nowIso();
        const id = Number(
          stmt(
            db,
            `INSERT INTO funded_imports (gid, programme_id, file_name, content_hash, user_name, created_at, sheet, header_row, total_rows, accepted, rejected, skipped)
             VALUES (@gid, @programmeId, @fileName, @hash, @user, @now, @sheet, @headerRow, @totalRows, @accepted, @rejected, @skipped)`,
          ).run({
            gid: uuidv7(),
            programmeId: programme.id,
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
        const addMember = stmt(
          db,
          `INSERT INTO funded_members (gid, programme_id, worker_id, import_id, occupation, village, phone, regency_code, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        );
        for (const r of fresh) {
          addMember.run(uuidv7(), programme.id, people.ids.get(r.nik)!, id, r.occupation, r.village, r.phone, memberRegency(db, programme, r.regencyCode), now);
        }
        stmt(db, 'UPDATE funded_imports SET worker_id_from = ?, worker_id_to = ? WHERE id = ?').run(people.firstNew, people.lastNew, id);
        appendAudit(db, {
          action: 'import',
          entity: 'funded_import',
          entityId: String(id),
          actor: req.user,
          detail: { kind: 'funded', programmeId: programme.id, fileName: req.fileName, ...counts, inserted: fresh.length },
        });
        return id;
      })
      .immediate(),
  );
  return { ...base, importId };
}

/** The funder's file with "Status" and "Keterangan" columns, the store's checks included. */
export async function fundedAnnotated(db: Db, req: FundedImportRequest): Promise<{ bytes: Uint8Array; fileName: string }> {
  const c = await check(db, req);
  return annotateInWorker({ ...c.job, extraIssues: c.storeIssues });
}

/**
 * Undoes a whole funded-list import: its members go, and the people it created go with them unless something
 * else (a membership, another programme, a project) has used them since.
 */
export function undoFundedImport(db: Db, importId: number, user: string): UndoResult {
  return runBulk(() =>
    db
      .transaction(() => {
        const rec = stmt(db, 'SELECT id, undone_at AS undoneAt, worker_id_from AS wFrom, worker_id_to AS wTo FROM funded_imports WHERE id = ?').get(importId) as
          | { id: number; undoneAt: string | null; wFrom: number | null; wTo: number | null }
          | undefined;
        if (!rec) throw new AppError('FUNDED_IMPORT_NOT_FOUND', { id: importId });
        if (rec.undoneAt) throw new AppError('FUNDED_IMPORT_ALREADY_UNDONE', { id: importId });
        const removedMemberships = stmt(db, 'DELETE FROM funded_members WHERE import_id = ?').run(importId).changes;
        const removedWorkers = removeUnusedPeople(db, rec.wFrom, rec.wTo);
        const removed = removedMemberships + removedWorkers;
        const undoneAt = nowIso();
        stmt(db, 'UPDATE funded_imports SET undone_at = ?, undone_by = ? WHERE id = ?').run(undoneAt, user, importId);
        appendAudit(db, { action: 'undo', entity: 'funded_import', entityId: String(importId), actor: user, detail: { removed } });
        return { importId, removed, removedEmployers: 0, removedWorkers, removedMemberships, restored: 0, undoneAt };
      })
      .immediate(),
  );
}
