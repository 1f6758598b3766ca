import type { ImportField, ParseKind } from '../../shared/import/fields';
import type { CellCorrection, ImportHeaderPreview, RowIssue } from '../../shared/import/types';
import type { BusinessScale, ProgramCode, RiskGroup } from '../../shared/domain/reference';
import type { ListKind } from '../../shared/lists/list-types';
import type { ListFile } from '../lists/read-list-file';

/** What the parse worker is asked to do. Everything it needs from the store is passed in: it never opens it. */
export interface ParseJob {
  mode: 'header' | 'full' | 'annotate';
  bytes: Uint8Array;
  fileName: string;
  kind: ParseKind;
  /** ISO timestamp: "today" for NIK centuries and two-digit years. */
  today: string;
  period: string;
  minimumWage: { amount: number; kind: string; region: string; year: number } | null;
  remembered: Record<string, ImportField>;
  sheet?: string;
  headerRow?: number;
  mapping?: Record<string, string | null>;
  corrections?: CellCorrection[];
  /** annotate: issues found outside the worker (e.g. ALREADY_ACTIVE_ELSEWHERE) to include. */
  extraIssues?: RowIssue[];
}

/** Reading an outside list (companies, payroll, workforce figures): the store side resolves and checks. */
export interface ListJob {
  mode: 'list';
  bytes: Uint8Array;
  fileName: string;
  listKind: ListKind;
}

export interface CheckedRosterRow {
  row: number;
  nik: string;
  name: string;
  birthDate: string;
  gender: 'L' | 'P';
  wage: number;
  startDate: string;
  endDate: string | null;
  kpj: string | null;
  warnings: number;
}

export interface CheckedFundedRow {
  row: number;
  nik: string;
  name: string;
  birthDate: string;
  gender: 'L' | 'P';
  /** The regency the NIK was issued in ("64.09"). */
  regencyCode: string;
  occupation: string;
  village: string;
  phone: string | null;
}

export interface CheckedJakonRow {
  row: number;
  nik: string;
  name: string;
  birthDate: string;
  gender: 'L' | 'P';
  regencyCode: string;
  wage: number | null;
  /** Null: the project's start date. */
  startDate: string | null;
}

export interface CheckedEmployerRow {
  row: number;
  npp: string;
  name: string;
  npwp: string | null;
  nib: string | null;
  regencyCode: string;
  address: string;
  scale: BusinessScale;
  riskGroup: RiskGroup;
  programs: ProgramCode[];
  reportedHeadcount: number;
}

export interface ParsedFile {
  preview: ImportHeaderPreview;
  totalRows: number;
  skipped: number;
  rejected: number;
  roster: CheckedRosterRow[];
  employers: CheckedEmployerRow[];
  funded: CheckedFundedRow[];
  jakon: CheckedJakonRow[];
  issues: RowIssue[];
}

export type WorkerReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'header'; preview: ImportHeaderPreview }
  | { type: 'parsed'; parsed: ParsedFile }
  | { type: 'annotated'; bytes: Uint8Array; fileName: string }
  | { type: 'list'; file: ListFile }
  | { type: 'error'; code: string; params: Record<string, string | number> };
