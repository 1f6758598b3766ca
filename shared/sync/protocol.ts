import type { SyncEntity, WireRow } from './entities';

/** Travels with every request: a desk and a server on different versions refuse instead of corrupting. */
export const SYNC_PROTOCOL_VERSION = 1;

export interface SyncChange {
  /** The desk's sequence number for this change: consecutive, so a replayed push applies nothing twice. */
  seq: number;
  hlc: string;
  /** `conflict`: the branch head's verdict on a conflict (data: { resolution, resolved_by }). */
  entity: SyncEntity | 'conflict';
  key: string;
  op: 'upsert' | 'delete';
  /** The row after the change (upsert) — null for a delete. */
  data: WireRow | null;
  /** The row as the desk held it before the change; null when the desk created it. */
  prev: WireRow | null;
}

export interface AuditRecord {
  epoch: number;
  localId: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  before: string | null;
  after: string | null;
  detail: string | null;
}

export interface PushRequest {
  /** The highest seq the desk believes the server has applied. */
  baseSeq: number;
  /** Set once after a restore from a backup: the server answers with its own last seq instead of applying. */
  rebase?: boolean;
  fingerprint: string;
  changes: SyncChange[];
  audit: AuditRecord[];
}

export type ChangeOutcome = 'accepted' | 'merged' | 'conflict' | 'refused' | 'duplicate';

export interface ChangeAnswer {
  seq: number;
  outcome: ChangeOutcome;
  code?: string;
}

export interface PushResponse {
  lastSeq: number;
  answers: ChangeAnswer[];
  auditStored: number;
}

export interface PulledRow {
  rev: number;
  entity: SyncEntity | 'conflict';
  key: string;
  deleted: boolean;
  data: WireRow;
}

export interface PullResponse {
  rows: PulledRow[];
  cursor: number;
  more: boolean;
  /** The newest HLC the server has applied: a desk's next stamps start after it. */
  maxHlcMs: number;
}

export interface HelloResponse {
  desk: string;
  branch: string;
  lastSeq: number;
  protocol: number;
}

/** What `sigap sync --json` prints (binding shape; fields may be added). */
export interface SyncSummary {
  pushed: number;
  pulled: number;
  conflicts: number;
  pending: number;
  digest: string;
  refused?: number;
  /** Changes the server did not apply, with its reason (e.g. IMPORT_UNDO_EDITED: edited at another desk). */
  refusedItems?: { entity: string; key: string; code: string }[];
  rebased?: boolean;
}

/** A disagreement the server kept for the branch head: `local` is what the desk sent, `remote` what stands. */
export interface SyncConflict {
  id: string;
  entity: string;
  key: string;
  field: string;
  local: unknown;
  remote: unknown;
  at: string;
  desk: string;
  resolvedAt?: string | null;
  resolution?: 'local' | 'remote' | null;
}

/** What the top bar and the sync screen show. */
export interface SyncStatus {
  configured: boolean;
  serverUrl: string | null;
  desk: string | null;
  branch: string | null;
  lastSyncAt: string | null;
  lastAttemptAt: string | null;
  /** The code of the last failure, null after a successful sync. */
  lastError: string | null;
  /** null before the first attempt. */
  online: boolean | null;
  pending: number;
  conflicts: number;
  running: boolean;
  /** The last run this app made (background or on demand) since it started. */
  lastRun?: SyncSummary | null;
}
