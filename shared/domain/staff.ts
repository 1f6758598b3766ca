/** Desk roles (UU 27/2022: access to personal data is restricted by role). */
export const ROLES = ['petugas', 'kepala_cabang', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Staff {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  lockedUntil: string | null;
  /** Branch code the branch summary and the gap list open on; null: none chosen. */
  homeBranch: string | null;
}

export interface SessionInfo {
  username: string;
  displayName: string;
  role: Role;
  /** The account's home branch (absent for the CLI's local user). */
  homeBranch?: string | null;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  detail: string | null;
}
