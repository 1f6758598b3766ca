import type { Page } from '../domain/page';
import type { Workforce } from '../domain/reference';
import type { FollowUpStatus, Gap, GapCode, ProspectSource, ReferenceGap } from './gap-types';

export interface GapPage extends Page<Gap> {
  period: string;
  /** Over the filtered set, not just the page. */
  totals: Record<GapCode, { count: number; shortfall: number }>;
  /** Companies with at least one finding in the filtered set (one employer may have several findings). */
  employers: number;
}

export interface GapFollowUp {
  id: number;
  gapKey: string;
  code: GapCode;
  npp: string | null;
  prospectId: number | null;
  status: FollowUpStatus;
  note: string;
  notedOn: string;
  author: string;
  createdAt: string;
  /** Who decided a sanction (denda, TMP2T): the branch head, or the regional government office for TMP2T. */
  decidedBy: string | null;
}

export interface EmployerGaps {
  npp: string;
  name: string;
  period: string;
  /** PDS Upah evidence lists every affected worker with the full NIK (the desk works the case). */
  gaps: Gap[];
  followUps: GapFollowUp[];
  /** Information beside the findings: a wage under the minimum at an exempt (micro/small) employer, a headcount not on record, a missing minimum wage. */
  notes: ReferenceGap[];
}

export interface ImportSkip {
  row: number;
  code: string;
  detail: string;
}

export interface ProspectImportResult {
  source: ProspectSource;
  fileName: string;
  received: number;
  imported: number;
  /** Rows that turned out to be registered employers, by how they matched. */
  matched: { NIB: number; NPWP: number; NAMA: number };
  /** Rows matching no registered employer: PWBD candidates. */
  pwbd: number;
  /** Matched WLKP/OSS/PTSP rows with a worker count, recorded as the employer's latest headcount (PDS TK). */
  headcountsRecorded: number;
  skipped: ImportSkip[];
}

export interface ProspectLink {
  prospectId: number;
  npp: string;
  linkedAt: string;
  author: string;
}

export interface PayrollImportResult {
  npp: string;
  period: string;
  fileName: string;
  received: number;
  imported: number;
  /** Distinct NIKs on the payroll, recorded as the latest headcount (PDS TK). */
  headcount: number;
  skipped: ImportSkip[];
}

export interface CoverageRow {
  areaCode: string;
  name: string;
  /** Distinct workers with a membership active in the period through an employer in the area. */
  participants: number;
  workforce: number | null;
  workforceYear: number | null;
  source: string | null;
  confirmed: boolean;
  /** participants ÷ workforce × 100, two decimals; null without a workforce figure. */
  percent: number | null;
}

export interface Coverage {
  period: string;
  provinces: CoverageRow[];
  branches: CoverageRow[];
  regencies: CoverageRow[];
}

export type { Workforce };
