import type { SessionInfo } from '../../shared/domain/staff';
import type { SessionStore } from '../auth/sessions';
import type { SignInBook } from '../auth/signin-book';
import type { ChainReport } from '../audit/verify-chain';
import type { RestoreResult } from '../backup/restore';
import type { Db } from '../db/open';
import type { DeskSync } from '../sync/desk-sync';
import type { JobRegistry } from '../jobs/job-registry';

/** What every handler gets: the store and who is asking from where. */
export interface HandlerContext {
  db: Db;
  /** Where the store lives, and the one operation that replaces it. */
  storage: { file: string; backupDir: string; restore(backupFile: string): Promise<RestoreResult>; current(): Db };
  mode: 'electron' | 'browser' | 'cli';
  /** Injected so tests can pin "today" (NIK century, default periods). */
  now: () => Date;
  /** The signed-in user (null before sign-in). The CLI acts as a named local user with every permission. */
  session: SessionInfo | null;
  /** The caller's session token, so sign-out can close it. */
  sessionToken?: string;
  sessions: SessionStore;
  /** Sign-in bookkeeping that never waits for another connection's write (an import being written). */
  signIns: SignInBook;
  /** The desk's link to the branch sync server. */
  sync: DeskSync;
  /** The host's long jobs (imports): they outlive the request and the tab that started them. */
  jobs: JobRegistry;
  /** The start-up audit-chain check: null while it runs (and in the CLI). */
  auditChain?: () => ChainReport | null;
}
