import { formatNumberId } from '../../../../shared/format/id-format';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale';

/** "active / reported", marked when fewer workers are active than the employer reported (PDS TK hint). */
export function HeadcountCell({ active, reported }: { active: number; reported: number }) {
  const locale = useLocale();
  const { t } = useTranslation();
  const short = active < reported;
  return (
    <span className={short ? 'headcount is-short' : 'headcount'} title={short ? t('homeBranch.headcount.legend') : undefined}>
      {formatNumberId(active, locale)} / {formatNumberId(reported, locale)}
    </span>
  );
}
