import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobView } from '../../../../shared/jobs/job-types';
import { call } from '../../api/client';
import { useLocale } from '../../i18n/use-locale';
import { formatDateTime } from '../admin/admin-format';
import { JobProgress } from './job-progress';

const POLL_MS = 1000;

/** A job the host was running when the app was closed: shown until the person has read it. */
const interrupted = (j: JobView) => j.status === 'failed' && j.error?.code === 'JOB_INTERRUPTED';

/**
 * The person's jobs running on the host, started here or in another tab (or before a reload): each with its
 * progress and a cancel. When one ends, `onEnded` lets the screen read what it changed. A job the app's
 * closing stopped says so (never a silent loss) until dismissed.
 */
export function RunningJobs({ exclude, onEnded }: { exclude: readonly (string | null)[]; onEnded: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [jobs, setJobs] = useState<JobView[]>([]);
  const [dismissed, setDismissed] = useState<readonly string[]>([]);
  const seen = useRef(new Set<string>());
  const ended = useRef(onEnded);
  ended.current = onEnded;

  useEffect(() => {
    let live = true;
    let timer: number | undefined;
    const read = () => {
      call('jobs-list', {})
        .then((list) => {
          if (!live) return;
          const ids = new Set(list.filter((j) => j.status === 'running').map((j) => j.id));
          if ([...seen.current].some((id) => !ids.has(id))) ended.current();
          seen.current = ids;
          setJobs(list.filter((j) => j.status === 'running' || interrupted(j)));
        })
        .catch(() => undefined) // the next read tries again; the wizard shows its own errors
        .finally(() => {
          if (live) timer = window.setTimeout(read, POLL_MS);
        });
    };
    read();
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, []);

  const shown = jobs.filter((j) => !exclude.includes(j.id) && !dismissed.includes(j.id));
  if (shown.length === 0) return null;
  return (
    <section className="running-jobs" aria-label={t('jobs.running.title')} data-testid="running-jobs">
      <h2 className="section-title">{t('jobs.running.title')}</h2>
      {shown.map((j) => (
        <div key={j.id} className="running-job" data-testid="running-job" data-kind={j.kind}>
          <p>{t(j.kind === 'import-write' ? 'jobs.running.write' : 'jobs.running.check', { file: j.label })}</p>
          {interrupted(j) ? (
            <p className="msg msg-warning" role="status" data-testid="running-job-interrupted">
              {t('jobs.running.interrupted', { at: formatDateTime(j.startedAt, locale) })}{' '}
              <button type="button" className="btn btn-small" onClick={() => setDismissed((d) => [...d, j.id])} data-testid="running-job-dismiss">
                {t('jobs.running.dismiss')}
              </button>
            </p>
          ) : (
            <JobProgress job={j} onCancel={() => void call('jobs-cancel', { jobId: j.id }).catch(() => undefined)} testId="running-job-progress" />
          )}
        </div>
      ))}
    </section>
  );
}
