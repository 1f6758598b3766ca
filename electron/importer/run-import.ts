import { currentPeriod } from '../../shared/gaps/period';
import { timeZoneOfProvince } from '../../shared/reference/time-zones';
import crypto from 'node:crypto';
import { AppError } from '../errors/app-error';
import type { HandlerContext } from '../api/context';
import type { Employer } from '../../shared/domain/employer';
import type { MinimumWage } from '../../shared/domain/reference';
import type { ImportField, ImportKind } from '../../shared/import/fields';
import type { CellCorrection, ImportHeaderPreview, ImportProgress, ImportResult, RowIssue } from '../../shared/import/types';
import { formatMessage } from '../../shared/i18n/messages';
import { minimumWageFor } from '../../shared/rules/minimum-wage';
import { normaliseNpp } from '../../shared/validate/npp';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { getEmployer } from '../store/employers';
import { branchServing, findRegionRow } from '../store/reference';
import { mappingToRemember } from './detect-header';
import { rememberedMapping } from './import-store';
import { writeImport, type WriteOutcome, type WritePlan } from './write-import';
import type { ParsedFile, ParseJob } from './parse-types';
import { annotateInWorker, headerInWorker, parseInWorker } from './run-in-worker';

/** What the importer needs from a handler context; the CLI and the benchmark build it directly. */
export type ImportContext = Pick<HandlerContext, 'db' | 'mode' | 'now'>;

export interface ImportRequest {
  kind: ImportKind;
  fileName: string;
  bytes: Buffer;
  npp?: string;
  period?: string;
  sheet?: string;
  headerRow?: number;
  mapping?: Record<string, string | null>;
  corrections?: CellCorrection[];
  dryRun: boolean;
  user: string;
  onProgress?: (p: ImportProgress) => void;
  /** Cancels the read and check (the parse worker is stopped). */
  signal?: AbortSignal;
}


function minimumWages(db: Db, year: number): MinimumWage[] {
  const rows = stmt(
    db,
    `SELECT kind, province_code AS provinceCode, regency_code AS regencyCode, year, amount, confirmed, source
     FROM minimum_wages WHERE year = ?`,
  ).all(year) as (Omit<MinimumWage, 'confirmed'> & { confirmed: number })[];
  return rows.map((r) => ({ ...r, confirmed: r.confirmed === 1 }));
}

interface Prepared {
  job: Omit<ParseJob, 'mode'>;
  employer: Employer | null;
  period: string;
}

/** Everything the worker needs from the store, read up front: it never opens the database itself. */
function prepare(ctx: ImportContext, req: ImportRequest): Prepared {
  const { db } = ctx;
  let employer: Employer | null = null;
  if (req.kind === 'roster') {
    const npp = normaliseNpp(req.npp ?? '');
    employer = getEmployer(db, npp);
    if (!employer) throw new AppError('EMPLOYER_NOT_FOUND', { npp: npp || '-' });
  }
  // "This month" on the clocks of the employer's province (WITA or WIB), not UTC's.
  const period = req.period ?? currentPeriod(ctx.now(), timeZoneOfProvince(employer?.regencyCode));
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) throw new AppError('PERIOD_INVALID', { period });
  let minimumWage: ParseJob['minimumWage'] = null;
  if (employer) {
    const mw = minimumWageFor(employer.regencyCode, period, minimumWages(db, Number(period.slice(0, 4))));
    if (mw) minimumWage = { amount: mw.amount, kind: mw.kind, year: mw.year, region: findRegionRow(db, employer.regencyCode)?.name ?? employer.regencyCode };
  }
  return {
    employer,
    period,
    job: {
      bytes: new Uint8Array(req.bytes.buffer, req.bytes.byteOffset, req.bytes.byteLength),
      fileName: req.fileName,
      kind: req.kind,
      today: ctx.now().toISOString(),
      period,
      minimumWage,
      remembered: rememberedMapping(db, employer?.npp ?? '', req.kind),
      sheet: req.sheet,
      headerRow: req.headerRow,
      mapping: req.mapping,
      corrections: req.corrections,
    },
  };
}

/** The header preview: sheets, header row and mapping, from the first rows only. */
export function previewImportHeader(ctx: ImportContext, req: ImportRequest): Promise<ImportHeaderPreview> {
  return headerInWorker(prepare(ctx, req).job);
}

function issue(row: number, column: string, code: string, severity: 'error' | 'warning', field: string, params: Record<string, string | number>): RowIssue {
  return { row, column, code, severity, field, params, message: formatMessage(code, params, 'id') };
}

/** Checks that need the store: run on the host after the worker, read-only, cheap per row. */
function storeChecks(db: Db, parsed: ParsedFile, employer: Employer | null): { issues: RowIssue[]; rejectedRows: Set<number>; branches: Map<number, string> } {
  const issues: RowIssue[] = [];
  const rejectedRows = new Set<number>();
  const branches = new Map<number, string>();
  const column = (field: string) => {
    const m = parsed.preview.mapping.find((c) => c.field === field);
    return m ? m.header || m.letter : '';
  };
  if (employer) {
    // One set-based query for the whole roster rather than one per row.
    const elsewhere = new Map(
      (
        stmt(
          db,
          `SELECT w.nik, min(m.npp) AS npp, e.name FROM json_each(?) j JOIN workers w ON w.nik = j.value
           JOIN memberships m ON m.worker_id = w.id JOIN employers e ON e.npp = m.npp
           WHERE m.status = 'aktif' AND m.npp <> ? GROUP BY w.nik`,
        ).all(JSON.stringify(parsed.roster.filter((r) => !r.endDate).map((r) => r.nik)), employer.npp) as { nik: string; npp: string; name: string }[]
      ).map((r) => [r.nik, r]),
    );
    const nikColumn = column('nik');
    for (const row of parsed.roster) {
      const other = row.endDate ? undefined : elsewhere.get(row.nik);
      if (other) issues.push(issue(row.row, nikColumn, 'ALREADY_ACTIVE_ELSEWHERE', 'warning', 'nik', { npp: other.npp, employer: other.name }));
    }
  } else {
    const regionColumn = column('regencyCode');
    for (const row of parsed.employers) {
      const branch = getEmployer(db, row.npp)?.branchCode ?? branchServing(db, row.regencyCode);
      if (branch) branches.set(row.row, branch);
      else {
        rejectedRows.add(row.row);
        issues.push(issue(row.row, regionColumn, 'NO_BRANCH_FOR_REGENCY', 'error', 'regencyCode', { code: row.regencyCode }));
      }
    }
  }
  return { issues, rejectedRows, branches };
}

export interface CheckedImport {
  parsed: ParsedFile;
  issues: RowIssue[];
  rejectedRows: Set<number>;
  branches: Map<number, string>;
  prepared: Prepared;
}

/** Parses in the worker and adds the store's checks: what both the dry run and the commit start from. */
export async function checkImport(ctx: ImportContext, req: ImportRequest): Promise<CheckedImport> {
  const prepared = prepare(ctx, req);
  req.onProgress?.({ phase: 'reading', done: 0, total: 0 });
  const parsed = await parseInWorker(prepared.job, (done, total) => req.onProgress?.({ phase: 'checking', done, total }), req.signal);
  const store = storeChecks(ctx.db, parsed, prepared.employer);
  const issues = [...parsed.issues, ...store.issues].sort((a, b) => a.row - b.row);
  return { parsed, issues, rejectedRows: store.rejectedRows, branches: store.branches, prepared };
}

/** What the commit would write, from a checked file: counts and rows, no store access. */
export function planImport(req: ImportRequest, checked: CheckedImport): WritePlan {
  const { parsed, issues, rejectedRows, branches, prepared } = checked;
  const accepted = (req.kind === 'roster' ? parsed.roster.length : parsed.employers.length) - rejectedRows.size;
  return {
    kind: req.kind,
    employer: prepared.employer,
    roster: req.kind === 'roster' ? parsed.roster : [],
    employers: req.kind === 'roster' ? [] : parsed.employers.filter((e) => !rejectedRows.has(e.row)).map((e) => ({ ...e, branchCode: branches.get(e.row)! })),
    counts: {
      totalRows: parsed.totalRows,
      accepted,
      rejected: parsed.rejected + rejectedRows.size,
      skipped: parsed.skipped,
      warnings: issues.filter((i) => i.severity === 'warning').length,
    },
    fileName: req.fileName,
    contentHash: crypto.createHash('sha256').update(req.bytes).digest('hex'),
    user: req.user,
    period: req.kind === 'roster' ? prepared.period : null,
    sheet: parsed.preview.sheet,
    headerRow: parsed.preview.headerRow,
    mapping: mappingToRemember(parsed.preview.mapping) as Record<string, ImportField>,
  };
}

/** The result a commit (or dry run) answers, from its plan and what the write did. */
export function importResult(req: ImportRequest, checked: CheckedImport, plan: WritePlan, outcome: WriteOutcome | null): ImportResult {
  return {
    importId: outcome?.importId ?? null,
    kind: req.kind,
    dryRun: outcome === null,
    sheet: checked.parsed.preview.sheet,
    headerRow: checked.parsed.preview.headerRow,
    ...plan.counts,
    inserted: outcome?.inserted ?? 0,
    updated: outcome?.updated ?? 0,
    unchanged: outcome ? plan.counts.accepted - outcome.inserted - outcome.updated : 0,
    issues: checked.issues,
    fileWarnings: checked.parsed.preview.fileWarnings,
  };
}

/** The CLI's one import path: parse and check off the event loop, then one transaction on this connection. */
export async function runImport(ctx: ImportContext, req: ImportRequest): Promise<ImportResult> {
  const checked = await checkImport(ctx, req);
  const plan = planImport(req, checked);
  if (req.dryRun) return importResult(req, checked, plan, null);
  const outcome = writeImport(ctx.db, plan, (done, total) => req.onProgress?.({ phase: 'writing', done, total }));
  req.onProgress?.({ phase: 'done', done: plan.counts.accepted, total: plan.counts.accepted });
  return importResult(req, checked, plan, outcome);
}

/** The user's file with a status and a reason column per row (Indonesian), store checks included. */
export async function annotatedWorkbook(ctx: ImportContext, req: ImportRequest): Promise<{ bytes: Uint8Array; fileName: string }> {
  const checked = await checkImport(ctx, req);
  const extra = checked.issues.filter((i) => !checked.parsed.issues.includes(i));
  return annotateInWorker({ ...checked.prepared.job, extraIssues: extra });
}
