import fs from 'node:fs';
import path from 'node:path';
import type { Result } from '../shared/api/result';
import type { SessionInfo } from '../shared/domain/staff';
import type { HandlerContext } from './api/context';
import { handlers } from './api/handlers/index';
import { dispatch } from './api/registry';
import { currentActor, runAs } from './audit/actor';
import { verifyAuditChainInBackground, type ChainReport } from './audit/verify-chain';
import { SessionStore } from './auth/sessions';
import { SignInBook } from './auth/signin-book';
import { restoreFrom, type RestoreResult } from './backup/restore';
import { optimizeStore } from './db/optimize';
import { openDatabase, type Db } from './db/open';
import { AppError } from './errors/app-error';
import { DeskSync } from './sync/desk-sync';
import { JobJournal } from './jobs/job-journal';
import { JobRegistry } from './jobs/job-registry';
import { importResultToKeep, settleInterruptedImport } from './importer/import-jobs';

/** The store plus the handlers: what every host (IPC, HTTP, CLI) serves. */
export interface Backend {
  /** The open store; replaced (not mutated) by a restore. Read it through this getter each time. */
  readonly db: Db;
  /** The store file's absolute path. */
  readonly file: string;
  /** The same, as a function for long-lived consumers (the daily-backup scheduler). */
  current(): Db;
  sessions: SessionStore;
  sync: DeskSync;
  /** `sessionToken`: the caller's session (HTTP header, or the IPC host's record for a window). */
  call(name: string, arg: unknown, sessionToken?: string): Promise<Result<unknown>>;
  /** The context a handler would get — for CLI commands that drive feature code directly. */
  context(sessionToken?: string): HandlerContext;
  /** The start-up audit-chain check (null while it runs, and in the CLI, which verifies on demand). */
  auditChain(): ChainReport | null;
  close(): void;
}

export interface BackendOptions {
  now?: () => Date;
  /** The CLI's local user (`--user`, default `system`), who acts with every permission. */
  cliUser?: string;
}

/** A host answering a UI waits this long for another process's write lock, then retries without blocking. */
const HOST_BUSY_TIMEOUT_MS = 50;
const BUSY_RETRY_DELAYS_MS = [50, 100, 200, 400, 800, 1200];
/** How long an API restore waits for requests already running to finish. */
const RESTORE_DRAIN_MS = 10_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const fileIdentity = (file: string): string | null => {
  try {
    const s = fs.statSync(file);
    return `${s.dev}:${s.ino}`;
  } catch {
    return null;
  }
};

export function createBackend(dbFile: string, mode: HandlerContext['mode'], options: BackendOptions = {}): Backend {
  const file = path.resolve(dbFile);
  const open = () => openDatabase(file, mode === 'cli' ? {} : { busyTimeoutMs: HOST_BUSY_TIMEOUT_MS });
  let db = open();
  // The file this connection has open: another process renaming a file over it is detected per request.
  let identity = fileIdentity(file);
  let restoring = false;
  let inflight = 0;
  let chain: ChainReport | null = null;
  const checkChain = () => {
    chain = null;
    const checking = db;
    if (mode === 'cli') return;
    verifyAuditChainInBackground(checking)
      .then((report) => {
        if (checking === db) chain = report;
        if (!report.ok) console.error(`[sigap] audit chain broken at entry ${report.firstBad}`);
      })
      .catch(() => {}); // the connection was closed by a restore; the new one is checked again
  };
  checkChain();

  const sessions = new SessionStore();
  const signIns = new SignInBook(() => db);
  const storage: HandlerContext['storage'] = {
    file,
    backupDir: path.join(path.dirname(file), 'backups'),
    /** Lets running requests finish, closes the store, runs the restore pipeline, reopens, ends all sessions. */
    restore: async (backupFile: string): Promise<RestoreResult> => {
      if (restoring) throw new AppError('STORE_RESTORING');
      restoring = true;
      try {
        const deadline = Date.now() + RESTORE_DRAIN_MS;
        while (inflight > 1) {
          if (Date.now() > deadline) throw new AppError('STORE_BUSY');
          await sleep(20);
        }
        db.close();
        try {
          const result = await restoreFrom(backupFile, file, { actor: currentActor() });
          sessions.closeAll(); // the restored store may not hold these accounts, or not with these roles
          return result;
        } finally {
          db = open();
          identity = fileIdentity(file);
          checkChain();
        }
      } finally {
        restoring = false;
      }
    },
    current: () => db,
  };
  const sync = new DeskSync(() => db, file);
  // The CLI runs beside a running app on the same store: only the app's host keeps (and settles) its jobs.
  const jobs = new JobRegistry(
    mode === 'cli'
      ? {}
      : { journal: new JobJournal(`${file}.jobs.json`), settle: (job) => settleInterruptedImport(db, job), keepResult: importResultToKeep },
  );
  const now = options.now ?? (() => new Date());
  const cliSession: SessionInfo | null =
    mode === 'cli' ? { username: options.cliUser ?? 'system', displayName: options.cliUser ?? 'system', role: 'kepala_cabang' } : null;
  const context = (sessionToken?: string): HandlerContext => ({
    db,
    storage,
    mode,
    now,
    session: cliSession ?? sessions.get(sessionToken),
    sessionToken,
    sessions,
    signIns,
    sync,
    jobs,
    auditChain: () => chain,
  });
  const refuse = (code: string): Result<unknown> => ({ ok: false, error: new AppError(code).toApiError() });

  const callOnce = (name: string, arg: unknown, sessionToken?: string) => {
    const ctx = context(sessionToken);
    return runAs(ctx.session?.username ?? 'anonim', () => dispatch(handlers, ctx, name, arg));
  };
  return {
    get db() {
      return db;
    },
    file: storage.file,
    current: () => db,
    sessions,
    sync,
    context,
    auditChain: () => chain,
    call: async (name, arg, sessionToken) => {
      if (restoring) return refuse('STORE_RESTORING');
      if (fileIdentity(file) !== identity) return refuse('STORE_REPLACED');
      inflight++;
      try {
        let result = await callOnce(name, arg, sessionToken);
        // Another process holds the write lock (a CLI import): wait without blocking the event loop, then retry.
        for (const delay of BUSY_RETRY_DELAYS_MS) {
          if (result.ok || result.error.code !== 'STORE_BUSY' || mode === 'cli') break;
          await sleep(delay);
          result = await callOnce(name, arg, sessionToken);
        }
        // Still locked by this host's own import write (its worker): say what is happening, with how far it is.
        const writing = !result.ok && result.error.code === 'STORE_BUSY' ? jobs.runningWrite() : null;
        if (writing) return { ok: false, error: new AppError('JOB_WRITE_RUNNING', { percent: writing.percent ?? 0 }).toApiError() };
        return result;
      } finally {
        inflight--;
      }
    },
    close: () => {
      sync.stop();
      signIns.stop();
      try {
        signIns.flush();
      } catch {
        // Closing anyway: what could not be written was logged by the book.
      }
      try {
        if (mode !== 'cli') optimizeStore(db, 'periodic');
      } catch {
        // Statistics are an optimisation: a busy or read-only file must not stop the app from closing.
      }
      db.close();
    },
  };
}
