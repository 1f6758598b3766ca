import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentPeriod } from '../../../../shared/gaps/period';
import { call } from '../../api/client';
import type { DateTextState } from '../../components/date-text';
import { MonthInput } from '../../components/month-input';
import { useBannerStore } from '../../stores/banner-store';
import { useReferenceStore } from '../../stores/reference-store';
import { useSessionStore } from '../../stores/session-store';
import { targetArg, useSummaryStore, type SummaryTarget } from '../../stores/summary-store';
import { downloadFile } from '../../lib/download-file';
import { pageMarginCss, printSummary } from './print';
import { SummaryDocument } from './summary-document';
import { usePrintRequest } from './use-print-request';

function Controls() {
  const { t } = useTranslation();
  const bundle = useReferenceStore((s) => s.bundle);
  const target = useSummaryStore((s) => s.target);
  const setTarget = useSummaryStore((s) => s.setTarget);
  // A month typed that is not one keeps its text and says so once the clerk leaves the field; the summary
  // shown stays that of the last month read.
  const [periodState, setPeriodState] = useState<DateTextState>('valid');
  const [periodLeft, setPeriodLeft] = useState(false);
  if (!target || !bundle) return null;
  const periodIssue = periodState === 'invalid' ? 'MONTH_INVALID' : periodState === 'empty' ? 'FIELD_REQUIRED' : null;
  const periodShown = periodLeft && periodIssue !== null;
  const areas =
    target.kind === 'branch'
      ? bundle.branches.map((b) => ({ code: b.code, name: b.name }))
      : bundle.provinces.map((p) => ({ code: p.code, name: p.name }));
  const change = (next: Partial<SummaryTarget>) => setTarget({ ...target, ...next });
  return (
    <div className="toolbar summary-controls">
      <div className="field">
        <label htmlFor="summary-kind">{t('summary.controls.scope')}</label>
        <select
          id="summary-kind"
          data-testid="summary-kind"
          value={target.kind}
          onChange={(e) => {
            const kind = e.target.value as SummaryTarget['kind'];
            const code = kind === 'branch' ? (bundle.branches[0]?.code ?? '') : (bundle.provinces[0]?.code ?? '');
            change({ kind, code });
          }}
        >
          <option value="branch">{t('summary.controls.branch')}</option>
          <option value="province">{t('summary.controls.province')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="summary-area">{t('summary.controls.area')}</label>
        <select id="summary-area" data-testid="summary-area" value={target.code} onChange={(e) => change({ code: e.target.value })}>
          {areas.map((a) => (
            <option key={a.code} value={a.code}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="summary-period">{t('summary.controls.period')}</label>
        <MonthInput
          id="summary-period"
          data-testid="summary-period-input"
          value={target.period}
          aria-required="true"
          aria-invalid={periodShown || undefined}
          aria-describedby="summary-period-msg"
          onValueChange={(period, state) => {
            setPeriodState(state);
            setPeriodLeft(false);
            if (state === 'valid') change({ period });
          }}
          onBlur={() => setPeriodLeft(true)}
        />
        <div id="summary-period-msg" className="field-messages" aria-live="polite">
          {periodShown && (
            <p className="msg msg-error" data-testid="error-summary-period">
              {t(`issues.${periodIssue}`)}
            </p>
          )}
        </div>
      </div>
    </div>
  );
}

export function SummaryScreen() {
  const { t } = useTranslation();
  const bundle = useReferenceStore((s) => s.bundle);
  const { target, summary, loading, error, setTarget, load } = useSummaryStore();
  const [exporting, setExporting] = useState(false);
  const request = usePrintRequest(summary);
  const homeBranch = useSessionStore((s) => s.session?.homeBranch ?? null);

  // The first visit opens on the signed-in person's home branch (else the first branch by name) and this month.
  useEffect(() => {
    if (!target && bundle) {
      const first = bundle.branches.find((b) => b.code === homeBranch) ?? [...bundle.branches].sort((a, b) => a.name.localeCompare(b.name))[0];
      if (first) setTarget({ kind: 'branch', code: first.code, period: currentPeriod(new Date()) });
    }
  }, [target, bundle, setTarget, homeBranch]);

  useEffect(() => {
    void load();
  }, [target, load]);

  useEffect(() => {
    if (error) useBannerStore.getState().show(error);
  }, [error]);

  const exportXlsx = async () => {
    if (!target) return;
    setExporting(true);
    try {
      downloadFile(await call('summary-export', targetArg(target)));
    } catch (err) {
      useBannerStore.getState().show(err);
    } finally {
      setExporting(false);
    }
  };

  const print = async () => {
    if (!request) return;
    try {
      await printSummary(request);
    } catch (err) {
      useBannerStore.getState().show(err);
    }
  };

  return (
    <section className="screen summary-screen" aria-labelledby="summary-title">
      <div className="screen-head summary-screen-head">
        <h1 id="summary-title">{t('summary.title')}</h1>
        <div className="head-actions">
          <button type="button" className="btn" data-testid="summary-export" disabled={!summary || exporting} onClick={() => void exportXlsx()}>
            {exporting ? t('summary.controls.exporting') : t('summary.controls.export')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            data-testid="summary-print"
            title={t('summary.controls.printHint')}
            disabled={!summary || loading}
            onClick={() => void print()}
          >
            {t('summary.controls.print')}
          </button>
        </div>
      </div>
      <Controls />
      {loading && !summary && <p className="muted">{t('common.loading')}</p>}
      {summary && (
        <div className="summary-paper" aria-busy={loading}>
          {request && <style>{pageMarginCss(request)}</style>}
          <SummaryDocument summary={summary} />
        </div>
      )}
    </section>
  );
}
