import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentPeriod } from '../../../../shared/gaps/period';
import type { PrintTarget } from '../../../../shared/summary/summary-helpers';
import type { BranchSummary } from '../../../../shared/summary/summary-types';
import { toApiCallError, type ApiCallError } from '../../api/api-call-error';
import { call } from '../../api/client';
import { useLocale } from '../../i18n/use-locale';
import { errorText } from '../../lib/issue-text';
import { SummaryDocument } from './summary-document';

/**
 * The print entry (`#/cetak/ringkasan?branch=BPN&period=2026-03`): the summary alone, without the app's
 * chrome, for the CLI's headless Chromium (which adds the running header and page numbers itself). `data-ready` turns true once the figures and charts have rendered;
 * `data-error` carries the code of a failure, so the caller never waits for a page that will not come.
 */
export function SummaryPrintPage({ target }: { target: PrintTarget }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [summary, setSummary] = useState<BranchSummary | null>(null);
  const [error, setError] = useState<ApiCallError | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    document.body.classList.add('print-only');
    const arg = target.province ? { province: target.province } : { branch: target.branch ?? '' };
    call('summary-get', { ...arg, period: target.period ?? currentPeriod(new Date()) }).then(setSummary, (err: unknown) => setError(toApiCallError(err)));
    return () => document.body.classList.remove('print-only');
  }, [target]);

  // Two frames after the commit: the charts' SVG is laid out and painted.
  useEffect(() => {
    if (!summary) return;
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => setReady(true));
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, [summary]);

  useEffect(() => {
    if (summary) document.title = `${t('summary.doc.heading')} – ${summary.scope.name} – ${summary.period}`;
  }, [summary, t]);

  return (
    <main className="summary-print-page" data-testid="summary-print-page" data-ready={ready ? 'true' : 'false'} data-error={error?.code}>
      {error && (
        <p className="banner banner-error" role="alert">
          {errorText(error, locale)}
        </p>
      )}
      {!summary && !error && <p className="muted">{t('summary.loadingPrint')}</p>}
      {summary && <SummaryDocument summary={summary} />}
    </main>
  );
}
