import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployerDetail } from '../../../../shared/api/contract';
import type { Membership } from '../../../../shared/domain/worker';
import { formatDateId, formatRupiah } from '../../../../shared/format/id-format';
import { useLocale } from '../../i18n/use-locale';
import { ContributionTable } from './contribution-table';
import type { EnrolFormValues } from './enrol-form-values';
import { programList } from '../../lib/programs';

interface Props {
  employer: EmployerDetail;
  membership: Membership;
  values: EnrolFormValues;
  onAgain: () => void;
  onOpenEmployer: () => void;
}

export function EnrolConfirmation({ employer, membership, values, onAgain, onOpenEmployer }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => titleRef.current?.focus(), []);
  return (
    <div className="confirmation" role="status" data-testid="enrol-confirmation">
      {/* Focus lands on the heading, not on "Daftarkan lagi": a second Enter must not skip the confirmation. */}
      <h2 tabIndex={-1} ref={titleRef} data-testid="enrol-done-title">
        {t('enrol.doneTitle')}
      </h2>
      <p data-testid="enrol-done-text">
        {t('enrol.doneText', {
          name: values.name.trim(),
          nik: membership.nik,
          employer: employer.name,
          date: formatDateId(membership.startDate, locale),
        })}
      </p>
      <dl className="facts facts-compact">
        <div>
          <dt>{t('worker.segment')}</dt>
          <dd>{t(`segment.${membership.segment}`)}</dd>
        </div>
        <div>
          <dt>{t('worker.wage')}</dt>
          <dd>{formatRupiah(membership.wage, locale)}</dd>
        </div>
        <div>
          <dt>{t('worker.programs')}</dt>
          <dd>{programList(membership.programs)}</dd>
        </div>
      </dl>
      {membership.segment === 'PU' ? (
        <ContributionTable employer={employer} membership={membership} />
      ) : (
        <p className="muted">{t('enrol.noBreakdown')}</p>
      )}
      <div className="submit-bar">
        <button type="button" className="btn btn-primary" onClick={onAgain} data-testid="enrol-again">
          {t('enrol.again')}
        </button>
        <button type="button" className="btn" onClick={onOpenEmployer} data-testid="enrol-open-employer">
          {t('enrol.openEmployer')}
        </button>
      </div>
    </div>
  );
}
