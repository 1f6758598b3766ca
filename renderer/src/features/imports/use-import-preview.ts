import { useEffect, useRef, useState } from 'react';
import type { ImportHeaderPreview, ImportPreview } from '../../../../shared/import/types';
import type { JobView } from '../../../../shared/jobs/job-types';
import { ApiCallError } from '../../api/api-call-error';
import { call } from '../../api/client';
import { importSource, useImportWizardStore, type IssueFilter } from '../../stores/import-wizard-store';
import { useJob } from '../jobs/use-job';

interface Loaded<T> {
  data: T | null;
  loading: boolean;
  error: unknown;
  /** The running check (full preview only): stage, rows done, percent, time left. */
  job: JobView | null;
  cancel: () => void;
  reload: () => void;
}

/**
 * Runs the header preview whenever the wizard's choices change. The last answer stays on screen while the next
 * one runs (a changed select must not blank the table), and an answer for outdated choices is dropped.
 */
function useHeader(enabled: boolean): Loaded<ImportHeaderPreview> {
  const state = useImportWizardStore();
  const source = enabled && state.upload ? importSource(state) : null;
  const key = JSON.stringify(source);
  const [data, setData] = useState<{ uploadId: string; value: ImportHeaderPreview } | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [reloads, setReloads] = useState(0);
  const sourceRef = useRef(source);
  sourceRef.current = source;

  useEffect(() => {
    const src = sourceRef.current;
    if (!src) return;
    let live = true;
    setLoading(true);
    setError(null);
    call('imports-preview', { ...src, headerOnly: true })
      .then((value) => live && setData({ uploadId: src.uploadId, value: value as ImportHeaderPreview }))
      .catch((err: unknown) => live && setError(err))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [key, reloads]);

  const current = data && source && data.uploadId === source.uploadId ? data.value : null;
  return { data: current, loading, error, job: null, cancel: () => undefined, reload: () => setReloads((r) => r + 1) };
}

/**
 * The full dry run as a host job: started when the choices change, followed while it runs, and cancelled on
 * the host when the choices change again or the wizard is left (one check per upload, never two). A change of
 * the findings filter only pages the finished result again; it does not check the file again.
 */
function useCheck(enabled: boolean, filter: IssueFilter): Loaded<ImportPreview> {
  const state = useImportWizardStore();
  const source = enabled && state.upload ? importSource(state) : null;
  const key = JSON.stringify(source);
  const [jobId, setJobId] = useState<string | null>(null);
  const [startError, setStartError] = useState<unknown>(null);
  const [reloads, setReloads] = useState(0);
  const [last, setLast] = useState<{ uploadId: string; value: ImportPreview } | null>(null);
  const sourceRef = useRef(source);
  sourceRef.current = source;

  useEffect(() => {
    const src = sourceRef.current;
    setJobId(null);
    setStartError(null);
    if (!src) return;
    let live = true;
    let started: string | null = null;
    call('imports-check-start', src)
      .then((j) => {
        started = j.id;
        if (live) setJobId(j.id);
        else void call('jobs-cancel', { jobId: j.id }).catch(() => undefined); // left before the host answered
      })
      .catch((err: unknown) => live && setStartError(err));
    return () => {
      live = false;
      // Best effort: the host also cancels it when the next check of this upload starts.
      if (started) void call('jobs-cancel', { jobId: started }).catch(() => undefined);
    };
  }, [key, reloads]);

  const { job, error } = useJob<ImportPreview>(jobId, { ...(filter === 'all' ? {} : { severity: filter }), limit: 1000 });
  const done = job?.status === 'done' ? job.result : null;
  useEffect(() => {
    if (done && sourceRef.current) setLast({ uploadId: sourceRef.current.uploadId, value: done });
  }, [done]);
  const failed = job && (job.status === 'failed' || job.status === 'cancelled') && job.error ? new ApiCallError(job.error) : null;
  const current = done ?? (last && source && last.uploadId === source.uploadId ? last.value : null);
  return {
    data: current,
    loading: Boolean(source) && !done && !failed && !startError && !error,
    error: startError ?? error ?? failed,
    job,
    cancel: () => jobId && void call('jobs-cancel', { jobId }).catch(() => undefined),
    reload: () => setReloads((r) => r + 1),
  };
}

export const useHeaderPreview = (enabled: boolean) => useHeader(enabled);
export const useFullPreview = (enabled: boolean, filter: IssueFilter) => useCheck(enabled, filter);
