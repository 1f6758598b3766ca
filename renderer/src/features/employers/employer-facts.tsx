import { formatNpwp } from '../../../../shared/format/npwp-format';
import { useTranslation } from 'react-i18next';
import type { EmployerDetail } from '../../../../shared/api/contract';
import { formatNumberId } from '../../../../shared/format/id-format';
import { missingMandatoryPrograms } from '../../../../shared/rules/mandatory-programs';
import { useLocale } from '../../i18n/use-locale';
import { HeadcountCell } from './headcount-cell';
import { programList } from '../../lib/programs';

export function EmployerFacts({ employer: e }: { employer: EmployerDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const missing = missingMandatoryPrograms(e.scale, e.programs);
  return (
    <dl className="facts" data-testid="employer-facts">
      <div>
        <dt>{t('employer.npp')}</dt>
        <dd className="mono" data-testid="fact-npp">{e.npp}</dd>
      </div>
      <div>
        <dt>{t('employer.npwp')}</dt>
        <dd className="mono" data-testid="employer-npwp">{e.npwp ? formatNpwp(e.npwp) : '–'}</dd>
      </div>
      <div>
        <dt>{t('employer.nib')}</dt>
        <dd className="mono">{e.nib ?? '–'}</dd>
      </div>
      <div>
        <dt>{t('employer.regency')}</dt>
        <dd>{e.regencyName}</dd>
      </div>
      <div>
        <dt>{t('employerDetail.branch')}</dt>
        <dd>{e.branchName}</dd>
      </div>
      <div>
        <dt>{t('employer.scale')}</dt>
        <dd>{t(`scale.${e.scale}`)}</dd>
      </div>
      <div>
        <dt>{t('employer.riskGroup')}</dt>
        <dd>{t(`riskGroup.${e.riskGroup}`)}</dd>
      </div>
      <div>
        <dt>{t('employer.programs')}</dt>
        <dd>
          {programList(e.programs) || '–'}
          {missing.length > 0 && (
            <span className="tag tag-warning" data-testid="fact-pds-program">
              {t('employerDetail.missingPrograms', { programs: missing.join(', ') })}
            </span>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('employer.activeReported')}</dt>
        <dd>
          <HeadcountCell active={e.activeWorkers} reported={e.reportedHeadcount} />
          <span className="muted"> · {t('employerDetail.totalWorkers', { n: formatNumberId(e.totalWorkers, locale) })}</span>
        </dd>
      </div>
      <div className="span-all">
        <dt>{t('employer.address')}</dt>
        <dd>{e.address || '–'}</dd>
      </div>
    </dl>
  );
}
