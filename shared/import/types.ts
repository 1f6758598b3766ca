import type { Severity } from '../validate/issue';
import type { ImportField, ImportKind, ParseKind } from './fields';

/** One column of the chosen sheet and the field it feeds (null = ignored). */
export interface ColumnMapping {
  /** 0-based column index. */
  index: number;
  /** Column letter as Excel shows it ("A", "AB"). */
  letter: string;
  header: string;
  field: ImportField | null;
  confidence: number;
  how: 'remembered' | 'exact' | 'typo' | 'contains' | 'override' | 'none';
}

/** A finding on one row. `row` is the 1-based sheet row number as Excel shows it. */
export interface RowIssue {
  row: number;
  /** The column's header text, else its letter; "" for a whole-row finding. */
  column: string;
  code: string;
  severity: Severity;
  message: string;
  field?: string;
  params?: Record<string, string | number>;
  /** The cell's text as read, so a correction can start from it (the clerk's own file, never a message). */
  value?: string;
  /** The row's name (the worker's, or the company's), shown beside the row number. */
  name?: string;
}

export interface SheetSummary {
  name: string;
  /** How many of the kind's fields the best header row of this sheet names. */
  headerHits: number;
  rows: number;
}

/** What the header preview shows: enough to confirm the sheet, header row and mapping. */
export interface ImportHeaderPreview {
  kind: ParseKind;
  sheets: SheetSummary[];
  sheet: string;
  /** False when another sheet scored as well: the UI should ask. */
  sheetConfident: boolean;
  headerRow: number;
  mapping: ColumnMapping[];
  missingFields: ImportField[];
  /** The first rows under the header, as text, for the confirmation screen. */
  sampleRows: { row: number; cells: string[] }[];
  fileWarnings: RowIssue[];
}

export interface ImportCounts {
  totalRows: number;
  accepted: number;
  rejected: number;
  skipped: number;
  warnings: number;
}

/** The full dry run: header preview plus counts and a page of issues. */
export interface ImportPreview extends ImportHeaderPreview, ImportCounts {
  issues: RowIssue[];
  issuesTotal: number;
}

/** The CLI's `--json` shape (issue 3 §10) plus a few extra fields. */
export interface ImportResult extends ImportCounts {
  importId: number | null;
  kind: ImportKind;
  dryRun: boolean;
  sheet: string;
  headerRow: number;
  inserted: number;
  updated: number;
  unchanged: number;
  issues: RowIssue[];
  /** Set when `issues` was capped (handlers return at most one page). */
  issuesTotal?: number;
  fileWarnings: RowIssue[];
}

export interface ImportRecord {
  id: number;
  kind: ImportKind;
  npp: string | null;
  fileName: string;
  contentHash: string;
  user: string;
  createdAt: string;
  sheet: string;
  headerRow: number;
  totalRows: number;
  accepted: number;
  rejected: number;
  skipped: number;
  inserted: number;
  updated: number;
  undoneAt: string | null;
  undoneBy: string | null;
}

export interface UndoResult {
  importId: number;
  /** All rows removed (the sum of the three below, kept for older callers). */
  removed: number;
  removedEmployers: number;
  /** People the import had created. */
  removedWorkers: number;
  /** Memberships the import had created (a known person keeps their record). */
  removedMemberships: number;
  restored: number;
  undoneAt: string;
}

export interface UploadReceipt {
  uploadId: string;
  fileName: string;
  size: number;
  expiresAt: string;
}

export interface ImportProgress {
  phase: 'reading' | 'checking' | 'writing' | 'done';
  done: number;
  total: number;
}

/** A file download carried as JSON (both transports carry JSON). */
export interface FileDownload {
  fileName: string;
  mimeType: string;
  dataBase64: string;
  rows: number;
}

/** A corrected cell value typed in the preview, applied before the checks. */
export interface CellCorrection {
  row: number;
  field: string;
  value: string;
}
