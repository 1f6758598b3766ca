import type { ImportSkip, PayrollImportResult, ProspectImportResult } from '../gaps/gap-api-types';
import type { ProspectSource } from '../gaps/gap-types';

/** Outside lists imported beside rosters: they feed the gap engine and coverage, and can be undone. */
export const LIST_KINDS = ['prospects', 'payroll', 'workforce'] as const;
export type ListKind = (typeof LIST_KINDS)[number];

export interface WorkforceImportResult {
  fileName: string;
  saved: number;
  /** The Kemendagri codes of the areas whose figure was added or replaced. */
  areas: string[];
}

export type ListResult =
  | { kind: 'prospects'; prospects: ProspectImportResult }
  | { kind: 'payroll'; payroll: PayrollImportResult }
  | { kind: 'workforce'; workforce: WorkforceImportResult };

/** The answer to a list import or its dry run. */
export type ListImportOutcome = ListResult & {
  /** null for a dry run. */
  listImportId: number | null;
  dryRun: boolean;
  fileName: string;
  sheet: string;
  /** 1-based, as Excel shows it. */
  headerRow: number;
  /** Rows the reader left out (unreadable identifier or wage), beside the rows the store refused. */
  warnings: ImportSkip[];
};

export interface ListImportRecord {
  id: number;
  kind: ListKind;
  fileName: string;
  user: string;
  createdAt: string;
  npp: string | null;
  period: string | null;
  source: ProspectSource | null;
  received: number;
  imported: number;
  skipped: number;
  undoneAt: string | null;
  undoneBy: string | null;
}

export interface ListUndoResult {
  listImportId: number;
  removed: number;
  restored: number;
  undoneAt: string;
}
