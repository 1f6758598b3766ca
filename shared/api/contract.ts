import type { z } from 'zod';
import type { ReferenceBundle } from '../domain/reference-bundle';
import type { Employer, EmployerSummary } from '../domain/employer';
import type { Page } from '../domain/page';
import type { Workforce } from '../domain/reference';
import type {
  Coverage,
  EmployerGaps,
  GapFollowUp,
  GapPage,
  PayrollImportResult,
  ProspectImportResult,
  ProspectLink,
} from '../gaps/gap-api-types';
import type { BackupFile, RestoreSummary } from '../domain/backup';
import type { AuditEntry, SessionInfo, Staff } from '../domain/staff';
import type { Membership, WorkerDetail, WorkerListItem } from '../domain/worker';
import type { WorkerSearchPage } from '../domain/worker-search';
import type { ValidationIssue } from '../validate/issue';
import type { FileDownload, ImportHeaderPreview, ImportPreview, ImportProgress, ImportRecord, ImportResult, UndoResult, UploadReceipt } from '../import/types';
import type { NikInfo } from '../validate/nik';
import type { ListImportOutcome, ListImportRecord, ListUndoResult, WorkforceImportResult } from '../lists/list-types';
import type { BranchSummary } from '../summary/summary-types';
import type { SyncConflict, SyncStatus, SyncSummary } from '../sync/protocol';
import type { BpuContribution } from '../segments/bpu';
import type { JakonProjectContribution } from '../segments/jakon-basis';
import type { BpuEnrolled, FundedImportResult, FundedMemberItem, FundedProgramme, FundedProgrammeDetail, JakonImportResult, JakonProject, JakonProjectDetail, JakonSaved } from '../segments/segment-types';
import type { WagePeriod } from '../domain/membership-history';
import type { ProgramCode } from '../domain/reference';
import type { ApiName } from './names';
import type { JobView } from '../jobs/job-types';
import type { schemas } from './schemas';

/** What each handler returns. Arguments come from `schemas`; the pair is the whole contract. */
export interface ApiResults {
  'app-info': AppInfo;
  'reference-get': ReferenceBundle;
  'employers-list': Page<EmployerSummary>;
  'employers-get': EmployerDetail;
  'employers-save': Employer;
  'workers-list': Page<WorkerListItem>;
  'workers-search': WorkerListItem[];
  /** One person a row, in name (or NIK) order, with the true count and a cursor to the next page. */
  'workers-find': WorkerSearchPage;
  'workers-get': WorkerDetail;
  'workers-enrol': Membership;
  'workers-end': Membership;
  'nik-check': NikCheck;
  'auth-status': { needsSetup: boolean; session: SessionInfo | null };
  'auth-setup': SignedIn;
  'auth-signin': SignedIn;
  'auth-signout': { signedOut: true };
  'staff-list': Staff[];
  'staff-save': Staff;
  'audit-list': Page<AuditEntry>;
  /** `total`: entries matching the filter; the file holds at most the newest 50,000 of them. */
  'audit-export': FileDownload & { total: number };
  'backups-list': BackupFile[];
  'backups-create': BackupFile & { folder: string };
  /** The backup as a job: its result, once done, is what `backups-create` answers. */
  'backups-create-start': JobView;
  'backups-restore': RestoreSummary;
  'uploads-put': UploadReceipt;
  /** The receipt of an upload still waiting for its import (a wizard reopened from its address). */
  'uploads-info': UploadReceipt;
  'imports-preview': ImportHeaderPreview | ImportPreview;
  'imports-commit': ImportResult;
  'imports-progress': ImportProgress | null;
  'imports-list': Page<ImportRecord>;
  'imports-undo': UndoResult;
  'imports-annotated': FileDownload;
  'exports-create': FileDownload;
  'gaps-list': GapPage;
  'gaps-employer': EmployerGaps;
  'gaps-followup-add': GapFollowUp;
  'gaps-followups': GapFollowUp[];
  'prospects-import': ProspectImportResult & { listImportId: number };
  'prospects-link': ProspectLink;
  'payroll-import': PayrollImportResult & { listImportId: number };
  'coverage-get': Coverage;
  'workforce-save': Workforce;
  'workforce-import': WorkforceImportResult & { listImportId: number };
  'lists-import': ListImportOutcome;
  'lists-history': Page<ListImportRecord>;
  'lists-undo': ListUndoResult;
  'summary-get': BranchSummary;
  'summary-export': FileDownload;
  'sync-status': SyncStatus;
  'sync-run': SyncSummary;
  'sync-configure': SyncStatus & { lastRun: SyncSummary };
  'conflicts-list': SyncConflict[];
  'conflicts-resolve': SyncConflict;
  'imports-check-start': JobView;
  'imports-commit-start': JobView;
  'imports-undo-start': JobView;
  /** An import check's result carries one page of findings (`issues`), as `imports-preview` does. */
  'jobs-get': JobView;
  'jobs-cancel': JobView;
  'jobs-list': JobView[];
  'gaps-export': FileDownload;
  'bpu-quote': BpuContribution;
  'bpu-enrol': BpuEnrolled;
  'programmes-list': FundedProgramme[];
  'programmes-get': FundedProgrammeDetail;
  'programmes-save': FundedProgramme;
  'funded-members': Page<FundedMemberItem>;
  'funded-import': FundedImportResult & { issuesTotal: number };
  'funded-annotated': FileDownload;
  'funded-undo': UndoResult;
  'funded-export': FileDownload;
  'jakon-list': JakonProject[];
  'jakon-save': JakonSaved;
  'jakon-worker-add': { id: number; projectId: number; nik: string; contribution: JakonProjectContribution };
  'jakon-get': JakonProjectDetail;
  'jakon-import': JakonImportResult & { issuesTotal: number };
  'jakon-annotated': FileDownload;
  'jakon-undo': UndoResult & { contribution: JakonProjectContribution };
  'memberships-wage': Membership & { wageHistory: WagePeriod[] };
  'memberships-move': { ended: Membership; started: Membership };
  'workers-correct': WorkerDetail & { warnings: ValidationIssue[] };
  'employers-programs': { npp: string; programs: ProgramCode[]; memberships: number };
}

export type { ApiName };

// Both directions: every name has a result type, and every result type has a name.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const contractIsComplete: Exact<keyof ApiResults, ApiName> = true;
/** What a caller passes (defaults may be omitted). */
export type ApiArg<K extends ApiName> = z.input<(typeof schemas)[K]>;
/** What a handler receives (defaults filled in). */
export type ApiParsedArg<K extends ApiName> = z.output<(typeof schemas)[K]>;
export type ApiResult<K extends ApiName> = ApiResults[K];

export interface AppInfo {
  version: string;
  mode: 'electron' | 'browser' | 'cli';
  schemaVersion: number;
  counts: { employers: number; workers: number; activeMemberships: number };
  /** The start-up check of the audit hash chain: null while it runs (or in the CLI). */
  auditChain: { ok: boolean; entries: number; firstBad: number | null } | null;
}

export interface EmployerDetail extends Employer {
  regencyName: string;
  branchName: string;
  activeWorkers: number;
  totalWorkers: number;
}

export interface NikCheck {
  issues: ValidationIssue[];
  info: NikInfo | null;
  /** The person as already known to the store, if any. */
  known: WorkerDetail | null;
}

/** A new session; browser mode sends `token` back in the session header on every call. */
export interface SignedIn {
  session: SessionInfo;
  token: string;
}
