import { useTranslation } from 'react-i18next';
import { deviceLocalDate } from '../../../../shared/format/iso-date';
import { formatDateId, formatPeriod } from '../../../../shared/format/id-format';
import type { BranchSummary } from '../../../../shared/summary/summary-types';
import { useLocale } from '../../i18n/use-locale';
import type { PrintRequest } from './print';

/** "2026-03-15T08:00:00Z" → the calendar day where the page is printed. */
export function localDay(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso.slice(0, 10);
  return deviceLocalDate(d);
}

/** The running header and footer of every printed page: area, period, print date, page x of y. */
export function usePrintRequest(summary: BranchSummary | null): PrintRequest | null {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!summary) return null;
  const s = summary.scope;
  const area = s.kind === 'branch' ? t('summary.doc.branchScope', { name: s.name }) : t('summary.doc.provinceScope', { name: s.name });
  return {
    fileTitle: `ringkasan-${s.code.toLowerCase()}-${summary.period}`,
    headerLeft: `${t('summary.doc.heading')} · ${area}`,
    headerRight: t('summary.doc.period', { period: formatPeriod(summary.period, locale) }),
    footerLeft: `Sigap · ${t('summary.doc.printed', { date: formatDateId(localDay(summary.generatedAt), locale) })}`,
    pageWord: t('summary.doc.page'),
    ofWord: t('summary.doc.of'),
  };
}
