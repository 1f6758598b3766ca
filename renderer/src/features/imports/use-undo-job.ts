import { useCallback, useEffect, useRef, useState } from 'react';
import type { UndoResult } from '../../../../shared/import/types';
import { ApiCallError } from '../../api/api-call-error';
import { call } from '../../api/client';
import { useAppInfoStore } from '../../stores/app-info-store';
import { tabUndoJob } from '../jobs/tab-jobs';
import { useJob } from '../jobs/use-job';

/**
 * An import's undo as a host job: started here, followed by its id (kept in the tab through a reload), and
 * when it ends the top bar's counts and the history are read again at once, not one action later.
 */
export function useUndoJob(onEnded: () => void) {
  const [jobId, setJobId] = useState<string | null>(() => tabUndoJob.get());
  const [startError, setStartError] = useState<unknown>(null);
  const [starting, setStarting] = useState(false);
  const { job, error: followError } = useJob<UndoResult>(jobId);
  const ended = useRef(onEnded);
  ended.current = onEnded;
  const handled = useRef<string | null>(null);

  useEffect(() => {
    if (!job || job.status === 'running' || handled.current === job.id) return;
    handled.current = job.id;
    ended.current();
    void useAppInfoStore.getState().refresh();
  }, [job]);

  const start = useCallback(async (importId: number) => {
    setStartError(null);
    setStarting(true);
    try {
      const started = await call('imports-undo-start', { importId });
      tabUndoJob.set(started.id);
      setJobId(started.id);
    } catch (err) {
      setStartError(err);
    } finally {
      setStarting(false);
    }
  }, []);

  const dismiss = useCallback(() => {
    tabUndoJob.clear();
    setJobId(null);
  }, []);

  const cancel = useCallback(() => {
    if (jobId) void call('jobs-cancel', { jobId }).catch(() => undefined);
  }, [jobId]);

  // A job the host no longer knows (pruned, another launch without its journal) is simply forgotten.
  const gone = followError instanceof ApiCallError && followError.code === 'JOB_NOT_FOUND';
  useEffect(() => {
    if (gone) dismiss();
  }, [gone, dismiss]);

  const failure = job && (job.status === 'failed' || job.status === 'cancelled') && job.error ? new ApiCallError(job.error) : null;
  return {
    job,
    starting,
    running: job?.status === 'running',
    result: job?.status === 'done' ? job.result : null,
    error: startError ?? failure ?? (gone ? null : followError),
    start,
    cancel,
    dismiss,
  };
}
