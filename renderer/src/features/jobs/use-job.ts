import { useEffect, useState } from 'react';
import type { JobView } from '../../../../shared/jobs/job-types';
import { call } from '../../api/client';

/** Often enough for the host's half-second figures to show as they come. */
export const JOB_POLL_MS = 300;

export interface JobPage {
  severity?: 'error' | 'warning';
  limit?: number;
}

/**
 * Follows a host job by its id: polled while it runs, read once more (with `page`) when it has ended or the
 * page changes. The job is the host's, so a reload or another tab following the same id sees the same figures.
 */
export function useJob<R>(jobId: string | null, page: JobPage = {}): { job: JobView<R> | null; error: unknown } {
  const [job, setJob] = useState<JobView<R> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const pageKey = JSON.stringify(page);

  useEffect(() => {
    setJob(null);
    setError(null);
    if (!jobId) return;
    let live = true;
    let timer: number | undefined;
    const read = () => {
      call('jobs-get', { jobId, ...(JSON.parse(pageKey) as JobPage) })
        .then((v) => {
          if (!live) return;
          setJob(v as JobView<R>);
          if (v.status === 'running') timer = window.setTimeout(read, JOB_POLL_MS);
        })
        .catch((err: unknown) => live && setError(err));
    };
    read();
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [jobId, pageKey]);

  return { job: job && job.id === jobId ? job : null, error };
}
