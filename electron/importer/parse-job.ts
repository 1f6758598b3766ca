import * as XLSX from 'xlsx';
import { AppError } from '../errors/app-error';
import type { ImportField } from '../../shared/import/fields';
import { normaliseHeader } from '../../shared/import/header-match';
import type { ColumnMapping, ImportHeaderPreview, RowIssue, SheetSummary } from '../../shared/import/types';
import { cellText, type CellValue } from '../../shared/import/values';
import { formatMessage } from '../../shared/i18n/messages';
import { checkEmployerRow } from './check-employer-row';
import { checkFundedRow } from './check-funded-row';
import { checkJakonRow } from './check-jakon-row';
import { checkRosterRow, type RosterCheckContext } from './check-roster-row';
import { applyOverrides, detectHeader, missingRequired, type HeaderChoice } from './detect-header';
import { IMPORT_LIMITS } from './limits';
import type { CheckedEmployerRow, CheckedFundedRow, CheckedJakonRow, CheckedRosterRow, ParsedFile, ParseJob } from './parse-types';
import { gridOf, loadWorkbook, type SheetGrid } from './read-workbook';
import { RowContext } from './row-context';

const TOTALS = /^(jumlah|total|grand total|sub ?total|jml)\b/;
const MAY_BE_TOTALS = /jumlah|total|jml/i;

interface Chosen {
  grid: SheetGrid;
  header: HeaderChoice;
  mapping: ColumnMapping[];
  preview: ImportHeaderPreview;
}

function fileIssue(code: string, severity: 'error' | 'warning', params: Record<string, string | number> = {}): RowIssue {
  return { row: 0, column: '', code, severity, params, message: formatMessage(code, params, 'id') };
}

/** Picks the sheet (the one whose header names the most fields), its header row and the column mapping. */
function choose(book: XLSX.WorkBook, job: ParseJob, macros: boolean): Chosen {
  const sheets: SheetSummary[] = [];
  let best: { grid: SheetGrid; header: HeaderChoice } | null = null;
  let tie = false;
  for (const name of book.SheetNames) {
    if (job.sheet && name !== job.sheet) {
      sheets.push({ name, headerHits: 0, rows: 0 });
      continue;
    }
    const grid = gridOf(book, name);
    const header = detectHeader(grid, job.kind, job.remembered, job.headerRow);
    sheets.push({ name, headerHits: header?.hits ?? 0, rows: grid.rows });
    if (!header) continue;
    if (!best || header.hits > best.header.hits) {
      best = { grid, header };
      tie = false;
    } else if (header.hits === best.header.hits) tie = true;
  }
  if (job.sheet && !book.SheetNames.includes(job.sheet)) throw new AppError('SHEET_NOT_FOUND', { sheet: job.sheet });
  if (!best) throw new AppError('FILE_NO_HEADER', { rows: IMPORT_LIMITS.headerScanRows });
  const mapping = applyOverrides(best.header.mapping, job.mapping);
  const { grid, header } = best;
  const sampleRows: ImportHeaderPreview['sampleRows'] = [];
  for (let r = header.headerIndex + 1; r < grid.rows && sampleRows.length < IMPORT_LIMITS.sampleRows; r++) {
    const cells = mapping.map((m) => cellText(grid.cell(r, m.index)));
    if (cells.some(Boolean)) sampleRows.push({ row: r + 1, cells });
  }
  return {
    grid,
    header,
    mapping,
    preview: {
      kind: job.kind,
      sheets,
      sheet: grid.name,
      sheetConfident: !tie || Boolean(job.sheet),
      headerRow: header.headerIndex + 1,
      mapping,
      missingFields: missingRequired(mapping, job.kind),
      sampleRows,
      fileWarnings: [
        ...(macros ? [fileIssue('FILE_HAS_MACROS', 'warning')] : []),
        // Without a TMT column every start date becomes the 1st of the period: say so before anything is written.
        ...(job.kind === 'roster' && !mapping.some((m) => m.field === 'startDate') ? [fileIssue('IMPORT_NO_START_DATE', 'warning', { period: job.period })] : []),
      ],
    },
  };
}

/** The header preview: reads only the first rows of each sheet. */
export function previewHeader(job: ParseJob): ImportHeaderPreview {
  const { book, macros } = loadWorkbook(Buffer.from(job.bytes), IMPORT_LIMITS.headerScanRows + IMPORT_LIMITS.sampleRows + 1);
  return choose(book, job, macros).preview;
}

function correctionsByRow(job: ParseJob): Map<number, Map<string, string>> {
  const out = new Map<number, Map<string, string>>();
  for (const c of job.corrections ?? []) {
    if (!out.has(c.row)) out.set(c.row, new Map());
    out.get(c.row)!.set(c.field, c.value);
  }
  return out;
}

/** Reads and checks every row. Row numbers in the result are 1-based sheet rows as Excel shows them. */
export function parseAll(job: ParseJob, onProgress: (done: number, total: number) => void = () => {}): ParsedFile & { chosen: Chosen } {
  const { book, macros } = loadWorkbook(Buffer.from(job.bytes), IMPORT_LIMITS.maxRows + IMPORT_LIMITS.headerScanRows + 1);
  const chosen = choose(book, job, macros);
  const { grid, mapping, preview } = chosen;
  if (preview.missingFields.length) {
    throw new AppError('MAPPING_INCOMPLETE', { fields: preview.missingFields.join(', ') });
  }
  const mapped = mapping.filter((m): m is ColumnMapping & { field: ImportField } => m.field !== null && m.field !== 'rowNumber');
  const columns = new Map(mapped.map((m) => [m.field, m]));
  const headerTexts = new Map(mapped.map((m) => [m.index, normaliseHeader(m.header)]));
  const corrections = correctionsByRow(job);
  const today = new Date(job.today);
  const rosterEnv: RosterCheckContext = {
    today,
    periodStart: `${job.period}-01`,
    minimumWage: job.minimumWage,
    seen: new Map(),
  };
  const seenNpp = new Map<string, number>();
  const roster: CheckedRosterRow[] = [];
  const employers: CheckedEmployerRow[] = [];
  const funded: CheckedFundedRow[] = [];
  const jakon: CheckedJakonRow[] = [];
  const peopleSeen = new Map<string, number>();
  const issues: RowIssue[] = [];
  let skipped = 0;
  let rejected = 0;
  const first = chosen.header.headerIndex + 1;
  const total = Math.max(0, grid.rows - first);
  if (total > IMPORT_LIMITS.maxRows) throw new AppError('SHEET_TOO_LARGE', { sheet: grid.name, rows: total, columns: grid.columns, maxRows: IMPORT_LIMITS.maxRows, maxColumns: IMPORT_LIMITS.maxColumns });

  for (let r = first; r < grid.rows; r++) {
    if ((r - first) % 5000 === 0) onProgress(r - first, total);
    const rowNumber = r + 1;
    const fixes = corrections.get(rowNumber);
    const values = new Map<ImportField, CellValue>();
    let blank = true;
    let totals = false;
    let repeatsHeader = true;
    for (const m of mapped) {
      const fixed = fixes?.get(m.field);
      const v = fixed !== undefined ? fixed : grid.cell(r, m.index);
      values.set(m.field, v);
      const text = typeof v === 'string' ? v.trim() : v;
      if (text !== null && text !== '') blank = false;
      if (typeof v === 'string') {
        // Normalising every cell of every row is costly; only words can be a totals label or a repeated header.
        const mayBeWords = /[a-z]/i.test(v);
        if (!mayBeWords) repeatsHeader = false;
        else if (repeatsHeader || MAY_BE_TOTALS.test(v)) {
          const norm = normaliseHeader(v);
          if (TOTALS.test(norm)) totals = true;
          if (norm !== headerTexts.get(m.index)) repeatsHeader = false;
        }
      } else if (v !== null) repeatsHeader = false;
    }
    // A totals label often sits in the "No." column or a merged cell left of the data.
    for (let c = 0; c < Math.min(3, grid.columns) && !totals; c++) {
      const v = grid.cell(r, c);
      if (typeof v === 'string' && TOTALS.test(normaliseHeader(v))) totals = true;
    }
    if (blank || totals || repeatsHeader) {
      skipped++;
      continue;
    }
    const ctx = new RowContext(rowNumber, values, columns);
    if (job.kind === 'roster') {
      const ok = checkRosterRow(ctx, rosterEnv);
      if (ok) roster.push(ok);
    } else if (job.kind === 'funded') {
      const ok = checkFundedRow(ctx, { today, seen: peopleSeen });
      if (ok) funded.push(ok);
    } else if (job.kind === 'jakon') {
      const ok = checkJakonRow(ctx, { today, seen: peopleSeen });
      if (ok) jakon.push(ok);
    } else {
      const ok = checkEmployerRow(ctx, seenNpp);
      if (ok) employers.push(ok);
    }
    if (ctx.rejected) rejected++;
    for (const issue of ctx.issues) issues.push(issue);
  }
  onProgress(total, total);
  return { chosen, preview, totalRows: total, skipped, rejected, roster, employers, funded, jakon, issues };
}

/**
 * The user's own file back with "Status" and "Keterangan" columns on the imported sheet, so the company can fix
 * and resend it. Other sheets are kept as they were read (values; SheetJS CE does not keep styles).
 */
export function annotate(job: ParseJob): { bytes: Uint8Array; fileName: string } {
  const parsed = parseAll(job);
  const all = [...parsed.issues, ...(job.extraIssues ?? [])];
  const byRow = new Map<number, RowIssue[]>();
  for (const i of all) {
    if (!byRow.has(i.row)) byRow.set(i.row, []);
    byRow.get(i.row)!.push(i);
  }
  const { book } = loadWorkbook(Buffer.from(job.bytes), IMPORT_LIMITS.maxRows + IMPORT_LIMITS.headerScanRows + 1);
  const sheet = book.Sheets[parsed.chosen.grid.name]!;
  const data = (sheet['!data'] ??= []) as XLSX.CellObject[][];
  const statusCol = parsed.chosen.grid.columns;
  const headerIndex = parsed.chosen.header.headerIndex;
  const put = (r: number, c: number, v: string) => {
    (data[r] ??= [])[c] = { t: 's', v };
  };
  put(headerIndex, statusCol, 'Status');
  put(headerIndex, statusCol + 1, 'Keterangan');
  const accepted = new Set([...parsed.roster.map((x) => x.row), ...parsed.employers.map((x) => x.row), ...parsed.funded.map((x) => x.row), ...parsed.jakon.map((x) => x.row)]);
  const fixes = correctionsByRow(job);
  const headerOf = (field: string) => {
    const m = parsed.chosen.mapping.find((c) => c.field === field);
    return m ? m.header || m.letter : field;
  };
  for (let r = headerIndex + 1; r < parsed.chosen.grid.rows; r++) {
    const rowNumber = r + 1;
    const rowIssues = byRow.get(rowNumber) ?? [];
    const status = rowIssues.some((i) => i.severity === 'error')
      ? 'Ditolak'
      : accepted.has(rowNumber)
        ? rowIssues.length
          ? 'Diterima, periksa'
          : 'Diterima'
        : '';
    if (!status) continue;
    put(r, statusCol, status);
    // A corrected cell still shows the company's value: say what Sigap read instead, so the file tells the truth.
    const corrected = [...(fixes.get(rowNumber) ?? [])].map(([field, value]) => `${headerOf(field)} dikoreksi di Sigap menjadi "${value}"`);
    const notes = [...corrected, ...rowIssues.map((i) => (i.column ? `${i.column}: ${i.message}` : i.message))];
    if (notes.length) put(r, statusCol + 1, notes.join(' | '));
  }
  const range = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1');
  range.e.c = Math.max(range.e.c, statusCol + 1);
  sheet['!ref'] = XLSX.utils.encode_range(range);
  for (let r = 0; r <= range.e.r; r++) data[r] ??= []; // the writer expects no holes between rows
  const bytes = XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
  const base = job.fileName.replace(/\.[^.]+$/, '');
  return { bytes: new Uint8Array(bytes), fileName: `${base}-hasil-periksa.xlsx` };
}
