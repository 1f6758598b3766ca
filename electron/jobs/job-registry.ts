import crypto from 'node:crypto';
import { estimateSecondsLeft, percentOf } from '../../shared/jobs/eta';
import type { JobKind, JobStage, JobView } from '../../shared/jobs/job-types';
import { AppError } from '../errors/app-error';
import type { JobJournal } from './job-journal';

/** What a running job's code sees: its cancel signal and where to report progress. */
export interface JobHandle {
  readonly signal: AbortSignal;
  progress(stage: JobStage, done?: number, total?: number): void;
  /** Throws JOB_CANCELLED once the job was cancelled; call between steps. */
  throwIfCancelled(): void;
}

interface Entry {
  view: JobView;
  controller: AbortController;
  stageStartedAt: number;
  /** Private to the host: what a later job may reuse (a check's parsed rows for the commit). */
  keep?: unknown;
}

/** Finished jobs stay readable this long, so a reload or a second tab finds the result. */
const KEEP_FINISHED_MS = 2 * 60 * 60 * 1000;
const MAX_FINISHED = 100;

const cancelled = () => new AppError('JOB_CANCELLED');

export interface JobRegistryOptions {
  /** Where each job's last state is kept across host restarts. */
  journal?: JobJournal;
  /**
   * What happened to a job the last host was running when it stopped: the work may have finished just before
   * (an import committed, its job not yet marked done). Return the settled view, or null when it did not.
   */
  settle?: (interrupted: JobView) => JobView | null;
  /** The part of a finished job's result worth keeping across a restart (never its rows); null keeps none. */
  keepResult?: (job: JobView) => unknown;
}

/**
 * The host's long jobs, in memory: they belong to the host, not to the tab that started them. Write jobs run
 * one at a time (SQLite has one writer); a second waits in the `waiting` stage and says so.
 */
export class JobRegistry {
  private readonly jobs = new Map<string, Entry>();
  private writeChain: Promise<void> = Promise.resolve();

  constructor(private readonly options: JobRegistryOptions = {}) {
    const journalled = options.journal?.load() ?? [];
    if (journalled.length === 0) return;
    const at = new Date().toISOString();
    for (const old of journalled) {
      let view = old;
      if (old.status === 'running') {
        // Never a silent loss: a job the host was running when it stopped says so, or says what it finished.
        view = options.settle?.(old) ?? {
          ...old,
          status: 'failed',
          finishedAt: at,
          updatedAt: at,
          etaSeconds: null,
          error: new AppError('JOB_INTERRUPTED').toApiError(),
        };
      }
      this.jobs.set(view.id, { view: { ...view }, controller: new AbortController(), stageStartedAt: Date.now() });
    }
    this.persist();
  }

  start<R>(kind: JobKind, key: string, user: string, run: (job: JobHandle) => Promise<R>, label = ''): JobView<R> {
    this.prune();
    const now = new Date().toISOString();
    const entry: Entry = {
      controller: new AbortController(),
      stageStartedAt: Date.now(),
      view: {
        id: crypto.randomUUID(),
        kind,
        key,
        label,
        user,
        status: 'running',
        stage: 'queued',
        done: 0,
        total: 0,
        percent: null,
        etaSeconds: null,
        startedAt: now,
        updatedAt: now,
        finishedAt: null,
        result: null,
        error: null,
      },
    };
    this.jobs.set(entry.view.id, entry);
    this.persist();
    const handle: JobHandle = {
      signal: entry.controller.signal,
      progress: (stage, done = 0, total = 0) => this.report(entry, stage, done, total),
      throwIfCancelled: () => {
        if (entry.controller.signal.aborted) throw cancelled();
      },
    };
    void Promise.resolve()
      .then(() => run(handle))
      .then(
        (result) => this.finish(entry, entry.controller.signal.aborted ? { error: cancelled() } : { result }),
        (error: unknown) => this.finish(entry, { error }),
      );
    return this.view(entry) as JobView<R>;
  }

  /** Runs `fn` when no other write job is writing; the job shows `waiting` meanwhile. */
  async exclusiveWrite<T>(job: JobHandle, fn: () => Promise<T>): Promise<T> {
    const previous = this.writeChain;
    let release!: () => void;
    this.writeChain = new Promise((resolve) => (release = resolve));
    try {
      job.progress('waiting');
      await previous;
      job.throwIfCancelled();
      return await fn();
    } finally {
      release();
    }
  }

  /** The write job running now, if any (what other writes are waiting for). */
  runningWrite(): JobView | null {
    for (const e of this.jobs.values()) if (e.view.kind === 'import-write' && e.view.status === 'running' && e.view.stage === 'writing') return this.view(e);
    return null;
  }

  get(id: string): JobView | null {
    const e = this.jobs.get(id);
    return e ? this.view(e) : null;
  }

  keep(id: string, value: unknown): void {
    const e = this.jobs.get(id);
    if (e) e.keep = value;
  }

  kept(id: string): unknown {
    return this.jobs.get(id)?.keep;
  }

  /** Asks a running job to stop; it ends as `cancelled` when its code next looks (a write rolls back). */
  cancel(id: string): JobView | null {
    const e = this.jobs.get(id);
    if (!e) return null;
    if (e.view.status === 'running') e.controller.abort();
    return this.view(e);
  }

  /** Newest first. */
  list(filter: { user?: string; key?: string; kind?: JobKind; running?: boolean } = {}): JobView[] {
    this.prune();
    return [...this.jobs.values()]
      .filter(
        (e) =>
          (!filter.user || e.view.user === filter.user) &&
          (!filter.key || e.view.key === filter.key) &&
          (!filter.kind || e.view.kind === filter.kind) &&
          (filter.running === undefined || (e.view.status === 'running') === filter.running),
      )
      .map((e) => this.view(e))
      .reverse();
  }

  private report(e: Entry, stage: JobStage, done: number, total: number): void {
    if (e.view.status !== 'running') return;
    const changed = stage !== e.view.stage;
    if (changed) e.stageStartedAt = Date.now();
    Object.assign(e.view, { stage, done, total, updatedAt: new Date().toISOString() });
    if (changed) this.persist();
  }

  private finish(e: Entry, outcome: { result: unknown } | { error: unknown }): void {
    const v = e.view;
    v.finishedAt = new Date().toISOString();
    v.updatedAt = v.finishedAt;
    if ('result' in outcome) {
      Object.assign(v, { status: 'done', stage: 'done', result: outcome.result, done: v.total, etaSeconds: 0 });
      this.persist();
      return;
    }
    const error = outcome.error;
    if (error instanceof AppError) {
      v.status = error.code === 'JOB_CANCELLED' ? 'cancelled' : 'failed';
      v.error = error.toApiError();
    } else {
      // Not a coded failure: a bug of ours, logged with its stack and never blamed on the person's file.
      console.error(`[sigap] job ${v.kind} failed:`, error instanceof Error ? error.stack : error);
      v.status = 'failed';
      v.error = new AppError('INTERNAL').toApiError();
    }
    e.keep = undefined;
    this.persist();
  }

  /** The last state of every job, for the next host: results only as far as `keepResult` says. */
  private persist(): void {
    const { journal, keepResult } = this.options;
    if (!journal) return;
    journal.save(
      [...this.jobs.values()].map(({ view }) => ({ ...view, result: view.status === 'done' && keepResult ? (keepResult(view) ?? null) : null })),
    );
  }

  private view(e: Entry): JobView {
    const v = e.view;
    const running = v.status === 'running';
    return {
      ...v,
      percent: v.status === 'done' ? 100 : percentOf(v.done, v.total),
      etaSeconds: running ? estimateSecondsLeft(v.done, v.total, Date.now() - e.stageStartedAt) : v.etaSeconds,
    };
  }

  private prune(): void {
    const finished = [...this.jobs.values()].filter((e) => e.view.finishedAt);
    const cutoff = Date.now() - KEEP_FINISHED_MS;
    finished.forEach((e, i) => {
      if (Date.parse(e.view.finishedAt!) < cutoff || finished.length - i > MAX_FINISHED) this.jobs.delete(e.view.id);
    });
  }
}
