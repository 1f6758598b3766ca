import type { JakonProjectContribution } from '../../../../shared/segments/jakon-basis';
import { formatRupiah } from '../../../../shared/format/id-format';
import { formatMessage } from '../../../../shared/i18n/messages';
import { useLocale } from '../../i18n/use-locale';

/** What a project owes: the tiers once for the whole project, a wage basis every month. */
export function JakonAmount({ c }: { c: JakonProjectContribution }) {
  const locale = useLocale();
  const amount = formatRupiah(c.total, locale);
  return <>{c.per === 'month' ? formatMessage('JAKON_PER_MONTH', { amount }, locale) : amount}</>;
}
