import { useTranslation } from 'react-i18next';
import { formatNumberId } from '../../../../shared/format/id-format';
import type { JobView } from '../../../../shared/jobs/job-types';
import { useLocale } from '../../i18n/use-locale';

interface Props {
  job: JobView | null;
  /** Shown while the job runs; omit where the stage cannot be cancelled. */
  onCancel?: () => void;
  cancelling?: boolean;
  testId?: string;
}

/** A job's stage by name, its rows done of the total, the percentage and the time left once it is known. */
export function JobProgress({ job, onCancel, cancelling = false, testId = 'job-progress' }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const n = (v: number) => formatNumberId(v, locale);
  const stage = job?.stage ?? 'queued';
  const known = job !== null && job.total > 0 && job.percent !== null;
  const eta = job?.etaSeconds;
  const time = eta == null ? null : eta >= 90 ? t('jobs.minutes', { n: n(Math.round(eta / 60)) }) : t('jobs.seconds', { n: n(eta) });
  const label = [
    t(`jobs.stage.${stage}`),
    known ? t('jobs.figures', { done: n(job.done), total: n(job.total) }) : null,
    known ? t('jobs.percent', { percent: n(job.percent!) }) : null,
    time ? t('jobs.eta', { time }) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <div className="import-progress job-progress" role="status" data-testid={testId} data-stage={stage} data-done={job?.done ?? 0} data-percent={job?.percent ?? ''}>
      <progress max={known ? job.total : undefined} value={known ? job.done : undefined} aria-label={label} />
      <span data-testid={`${testId}-label`}>{label}</span>
      {onCancel && job?.status === 'running' && (
        <button type="button" className="btn btn-small" onClick={onCancel} disabled={cancelling} data-testid={`${testId}-cancel`}>
          {cancelling ? t('jobs.cancelling') : t('jobs.cancel')}
        </button>
      )}
    </div>
  );
}
