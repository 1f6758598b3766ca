import { useTranslation } from 'react-i18next';
import { formatDateId, formatPeriod } from '../../../../shared/format/id-format';
import type { BranchSummary } from '../../../../shared/summary/summary-types';
import { useLocale } from '../../i18n/use-locale';
import { localDay } from './use-print-request';
import { KeyFigures, ParticipantsSection, EmployersSection } from './summary-people-sections';
import { GapsSection, TopSection, ActivitySection } from './summary-gap-sections';

/** The scope line of the header ("Kantor Cabang Balikpapan · Kalimantan Timur"). */
export function useScopeTitle(summary: BranchSummary): string {
  const { t } = useTranslation();
  const s = summary.scope;
  return s.kind === 'branch' ? `${t('summary.doc.branchScope', { name: s.name })} · ${s.provinceName}` : t('summary.doc.provinceScope', { name: s.name });
}

/** The printable page: the same component on screen, in the print window and in the CLI's PDF. */
export function SummaryDocument({ summary }: { summary: BranchSummary }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const scopeTitle = useScopeTitle(summary);
  return (
    <article className="summary-doc" data-testid="summary-doc" data-scope={summary.scope.code} data-period={summary.period}>
      <header className="summary-head">
        <p className="summary-org">{t('summary.doc.org')}</p>
        <h1>{t('summary.doc.heading')}</h1>
        <p className="summary-scope" data-testid="summary-scope">
          {scopeTitle}
        </p>
        <p className="summary-meta">
          <span data-testid="summary-period">{t('summary.doc.period', { period: formatPeriod(summary.period, locale) })}</span>
          <span>{t('summary.doc.printed', { date: formatDateId(localDay(summary.generatedAt), locale) })}</span>
        </p>
      </header>
      <KeyFigures summary={summary} />
      <ParticipantsSection summary={summary} />
      <EmployersSection summary={summary} />
      <GapsSection summary={summary} />
      <TopSection summary={summary} />
      <ActivitySection summary={summary} />
      <p className="summary-note summary-privacy">{t('summary.doc.noPersonalData')}</p>
    </article>
  );
}
