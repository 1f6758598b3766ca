import { formatPercentId, formatRupiah } from '../format/id-format';
import { formatMessage } from '../i18n/messages';
import type { Locale } from '../i18n/message-types';
import type { JakonProjectContribution } from './jakon-basis';

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V'];

/**
 * The basis in one sentence, as the PU enrolment shows it before saving: "Dasar: upah 12 pekerja Rp … × 1,74 % …"
 * or "Dasar: nilai kontrak …, tarif berjenjang … (why the wages are not used)".
 */
export function jakonBasisText(c: JakonProjectContribution, locale: Locale = 'id'): string {
  if (c.wages) {
    const w = c.wages;
    const head = formatMessage(
      'JAKON_BASIS_WAGES',
      {
        workers: w.workers,
        wageSum: formatRupiah(w.wageSum, locale),
        jkkPct: formatPercentId(w.jkkPct / 100, locale),
        riskGroup: ROMAN[w.riskGroup] ?? String(w.riskGroup),
        jkmPct: formatPercentId(w.jkmPct / 100, locale),
        monthly: formatRupiah(c.total, locale),
      },
      locale,
    );
    const tail =
      c.months === null || c.projectTotal === null
        ? `; ${formatMessage('JAKON_BASIS_OPEN_END', {}, locale)}`
        : ` ${formatMessage('JAKON_BASIS_MONTHS', { months: c.months, projectTotal: formatRupiah(c.projectTotal, locale) }, locale)}`;
    return `${head}${tail}.`;
  }
  const head = formatMessage('JAKON_BASIS_CONTRACT', { value: formatRupiah(c.contractValue, locale), total: formatRupiah(c.total, locale) }, locale);
  if (!c.fallback) return `${head}.`;
  const params = { ...c.fallback.params };
  if (typeof params.riskGroup === 'number') params.riskGroup = ROMAN[params.riskGroup] ?? params.riskGroup;
  return `${head} (${formatMessage(c.fallback.code, params, locale)}).`;
}
