import type { ProspectSource } from '../../shared/gaps/gap-types';
import type { ImportSkip } from '../../shared/gaps/gap-api-types';
import type { ListResult, WorkforceImportResult } from '../../shared/lists/list-types';
import { AppError } from '../errors/app-error';
import type { Db } from '../db/open';
import { nowIso, stmt } from '../db/statements';
import { saveWorkforce } from '../gaps/coverage';
import { importPayroll, importProspects, regencyResolver } from '../gaps/import-lists';
import { appendAudit } from '../store/audit';
import { finishListImport, insertListImport } from './list-import-store';

interface ProspectIn {
  row?: number;
  name: string;
  regency: string;
  nib: string | null;
  npwp: string | null;
  workers: number | null;
  address: string;
}
interface PayrollIn {
  row?: number;
  nik: string;
  name: string;
  wage: number;
}
export interface WorkforceIn {
  row?: number;
  /** A province or regency code ("64", "64.71") or name ("Kalimantan Timur", "Kota Balikpapan"). */
  area: string;
  year: number;
  employed: number;
  source: string;
  confirmed: boolean;
}

export type ListCommitInput = { fileName: string; user: string; dryRun: boolean; today: Date } & (
  | { kind: 'prospects'; source: ProspectSource; rows: ProspectIn[] }
  | { kind: 'payroll'; npp: string; period: string; rows: PayrollIn[] }
  | { kind: 'workforce'; rows: WorkforceIn[] }
);

export interface WorkforceFigure {
  area_code: string;
  year: number;
  employed: number;
  source: string;
  confirmed: number;
}
/** What a payroll or workforce import overwrote, and what it wrote there, so undo can put it back. */
export type Replaced =
  | { kind: 'payroll'; lines: { nik: string; name: string; wage: number; source_file: string; imported_at: string; list_import_id: number | null }[] }
  | { kind: 'workforce'; before: WorkforceFigure[]; after: WorkforceFigure[] };

/** Rolls a dry run's transaction back while carrying its answer out. */
class DryRun extends Error {
  constructor(readonly result: ListResult) {
    super('dry run');
  }
}

/** "64", "Kalimantan Timur", "64.71", "Kota Balikpapan" → the Kemendagri code of a province or regency. */
function areaResolver(db: Db): (text: string) => string | null {
  const regency = regencyResolver(db);
  const provinces = stmt(db, 'SELECT code, name FROM provinces').all() as { code: string; name: string }[];
  const byName = new Map(provinces.map((p) => [p.name.toLowerCase(), p.code]));
  return (text) => {
    const t = text.trim();
    if (/^\d{2}$/.test(t)) return provinces.some((p) => p.code === t) ? t : null;
    return byName.get(t.toLowerCase()) ?? regency(t);
  };
}

function commitWorkforce(db: Db, fileName: string, rows: WorkforceIn[]): { result: WorkforceImportResult; replaced: Replaced } {
  const resolve = areaResolver(db);
  const current = stmt(db, 'SELECT area_code, year, employed, source, confirmed FROM workforce WHERE area_code = ? AND year = ?');
  const before: WorkforceFigure[] = [];
  const after: WorkforceFigure[] = [];
  for (const r of rows) {
    const areaCode = resolve(r.area);
    if (!areaCode) throw new AppError('WORKFORCE_AREA_UNKNOWN', { code: r.row ? `${r.area} (baris ${r.row})` : r.area });
    const old = current.get(areaCode, r.year) as WorkforceFigure | undefined;
    // The same area and year twice in one file: the first "before" is the one to restore.
    if (old && !after.some((a) => a.area_code === areaCode && a.year === r.year)) before.push(old);
    saveWorkforce(db, { areaCode, year: r.year, employed: r.employed, source: r.source, confirmed: r.confirmed });
    after.push({ area_code: areaCode, year: r.year, employed: r.employed, source: r.source, confirmed: r.confirmed ? 1 : 0 });
  }
  const areas = [...new Set(after.map((a) => a.area_code))];
  return { result: { fileName, saved: rows.length, areas }, replaced: { kind: 'workforce', before, after } };
}

const counts = (r: ListResult): { received: number; imported: number; skipped: ImportSkip[] } =>
  r.kind === 'prospects'
    ? r.prospects
    : r.kind === 'payroll'
      ? r.payroll
      : { received: r.workforce.saved, imported: r.workforce.saved, skipped: [] };

/**
 * Writes an outside list in one transaction, recorded as a list import that can be undone; a dry run
 * computes the same answer (matches, PWBD count, headcounts) and writes nothing.
 */
export function commitListImport(db: Db, input: ListCommitInput): { listImportId: number | null; result: ListResult } {
  try {
    return db
      .transaction(() => {
        if (input.kind === 'payroll' && !stmt(db, 'SELECT 1 FROM employers WHERE npp = ?').get(input.npp)) {
          throw new AppError('EMPLOYER_NOT_FOUND', { npp: input.npp });
        }
        const id = insertListImport(db, {
          kind: input.kind,
          fileName: input.fileName,
          user: input.user,
          createdAt: nowIso(),
          npp: input.kind === 'payroll' ? input.npp : null,
          period: input.kind === 'payroll' ? input.period : null,
          source: input.kind === 'prospects' ? input.source : null,
        });
        let result: ListResult;
        let replaced: Replaced | null = null;
        if (input.kind === 'prospects') {
          result = { kind: 'prospects', prospects: importProspects(db, { ...input, listImportId: id }, input.today) };
        } else if (input.kind === 'payroll') {
          const lines = stmt(db, 'SELECT nik, name, wage, source_file, imported_at, list_import_id FROM payroll_lines WHERE npp = ? AND period = ?').all(
            input.npp,
            input.period,
          ) as Extract<Replaced, { kind: 'payroll' }>['lines'];
          replaced = { kind: 'payroll', lines };
          result = { kind: 'payroll', payroll: importPayroll(db, { ...input, listImportId: id }, input.today) };
        } else {
          const written = commitWorkforce(db, input.fileName, input.rows);
          replaced = written.replaced;
          result = { kind: 'workforce', workforce: written.result };
        }
        if (input.dryRun) throw new DryRun(result);
        const c = counts(result);
        finishListImport(db, id, { received: c.received, imported: c.imported, skipped: c.skipped.length, result, replaced });
        appendAudit(db, {
          action: 'import',
          entity: 'list_import',
          entityId: String(id),
          actor: input.user,
          detail: { kind: input.kind, fileName: input.fileName, received: c.received, imported: c.imported, skipped: c.skipped.length },
        });
        return { listImportId: id, result };
      })
      .immediate();
  } catch (error) {
    if (error instanceof DryRun) return { listImportId: null, result: error.result };
    throw error;
  }
}
