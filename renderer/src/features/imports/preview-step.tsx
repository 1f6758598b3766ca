import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumberId } from '../../../../shared/format/id-format';
import type { ImportPreview, ImportResult, RowIssue } from '../../../../shared/import/types';
import type { JobView } from '../../../../shared/jobs/job-types';
import { ApiCallError } from '../../api/api-call-error';
import { call } from '../../api/client';
import { useLocale } from '../../i18n/use-locale';
import { issueText } from '../../lib/issue-text';
import { importSource, useImportWizardStore, type IssueFilter } from '../../stores/import-wizard-store';
import { ConfirmDialog } from './confirm-dialog';
import { fieldLabel } from './field-label';
import { downloadFile } from '../../lib/download-file';
import { ImportError } from './import-error';
import { useAppInfoStore } from '../../stores/app-info-store';
import { JobProgress } from '../jobs/job-progress';
import { useJob } from '../jobs/use-job';

interface Props {
  preview: ImportPreview | null;
  loading: boolean;
  /** The running check on the host. */
  check: JobView | null;
  onCancelCheck: () => void;
  onCommitted: () => void;
}

/** Step 4: the dry run's counts and findings, cell corrections, the annotated file, and the commit. */
export function PreviewStep({ preview, loading, check, onCancelCheck, onCommitted }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const wizard = useImportWizardStore();
  const { kind, filter, corrections, setFilter, dropCorrection, setStep, finish, employerName, npp, commitJob: commitJobId, setCommitJob } = wizard;
  const [confirming, setConfirming] = useState(false);
  const [starting, setStarting] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const { job: commitJob } = useJob<ImportResult>(commitJobId);
  const committing = starting || (commitJobId !== null && commitJob?.status !== 'done');
  const [downloading, setDownloading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const n = (v: number) => formatNumberId(v, locale);

  const download = async () => {
    setError(null);
    setDownloading(true);
    try {
      downloadFile(await call('imports-annotated', importSource(useImportWizardStore.getState())));
    } catch (err) {
      setError(err);
    } finally {
      setDownloading(false);
    }
  };

  // The commit is a host job: its end (here, after a reload, or in another tab) lands on the result.
  const handled = useRef<string | null>(null);
  useEffect(() => {
    if (!commitJob || commitJob.status === 'running' || handled.current === commitJob.id) return;
    handled.current = commitJob.id;
    if (commitJob.status === 'done' && commitJob.result) {
      finish(commitJob.result);
      onCommitted();
      // The top bar's counts change with the import: read them now, not one action later.
      void useAppInfoStore.getState().refresh();
    } else {
      setCommitJob(null);
      setError(commitJob.error ? new ApiCallError(commitJob.error) : null);
    }
    setCancelling(false);
  }, [commitJob, finish, onCommitted, setCommitJob]);

  const commit = async () => {
    setError(null);
    setStarting(true);
    try {
      const job = await call('imports-commit-start', importSource(useImportWizardStore.getState()));
      setCommitJob(job.id);
    } catch (err) {
      setError(err);
    } finally {
      setConfirming(false);
      setStarting(false);
    }
  };

  const cancelCommit = () => {
    if (!commitJobId) return;
    setCancelling(true);
    void call('jobs-cancel', { jobId: commitJobId }).catch((err: unknown) => setError(err));
  };

  const target = kind === 'roster' ? `${employerName ?? npp} (NPP ${npp})` : t('imports.preview.targetEmployers');

  return (
    <div className="import-step" data-testid="import-preview-step" aria-busy={loading}>
      {loading && !committing && <JobProgress job={check} onCancel={onCancelCheck} testId="import-progress" />}
      {commitJobId && <JobProgress job={commitJob} onCancel={cancelCommit} cancelling={cancelling} testId="import-commit-progress" />}
      {preview && (
        <>
          {preview.fileWarnings.map((w, i) => (
            <p key={i} className="msg msg-warning" data-testid="import-file-warning" data-code={w.code}>
              {issueText(w, locale)}
            </p>
          ))}
          <dl className="import-counts" data-testid="import-counts">
            {(['totalRows', 'accepted', 'rejected', 'skipped', 'warnings'] as const).map((k) => (
              <div key={k} className={`count count-${k}`}>
                <dt>{t(`imports.preview.counts.${k === 'totalRows' ? 'total' : k}`)}</dt>
                <dd data-testid={`count-${k}`}>{n(preview[k])}</dd>
              </div>
            ))}
          </dl>

          <div className="toolbar import-actions">
            <div className="field">
              <label htmlFor="issue-filter">{t('imports.preview.filter')}</label>
              <select id="issue-filter" value={filter} onChange={(e) => setFilter(e.target.value as IssueFilter)} data-testid="issue-filter">
                <option value="all">{t('imports.preview.filterAll')}</option>
                <option value="error">{t('imports.preview.filterErrors')}</option>
                <option value="warning">{t('imports.preview.filterWarnings')}</option>
              </select>
            </div>
            <div className="field-grow" />
            <button
              type="button"
              className="btn"
              onClick={() => void download()}
              disabled={downloading}
              title={t('imports.preview.annotatedHint')}
              data-testid="import-annotated"
            >
              {downloading ? t('imports.export.busy') : `⬇ ${t('imports.preview.annotated')}`}
            </button>
          </div>

          {corrections.length > 0 && (
            <section className="import-corrections" aria-label={t('imports.preview.corrections', { count: corrections.length })} data-testid="import-corrections">
              <h3>{t('imports.preview.corrections', { count: corrections.length })}</h3>
              <ul>
                {corrections.map((c) => (
                  <li key={`${c.row}-${c.field}`} data-testid="import-correction">
                    {t('imports.preview.correction', { row: c.row, field: fieldLabel(t, kind, c.field), value: c.value })}{' '}
                    <button type="button" className="btn btn-quiet btn-small" onClick={() => dropCorrection(c.row, c.field)}>
                      {t('imports.preview.dropCorrection')}
                    </button>
                  </li>
                ))}
              </ul>
              <p className="field-hint">{t('imports.preview.correctionsNote')}</p>
            </section>
          )}

          <IssueTable preview={preview} />
        </>
      )}
      <ImportError error={error} />
      <div className="submit-bar">
        <button
          type="button"
          className="btn btn-primary"
          disabled={!preview || loading || committing || preview.accepted === 0}
          onClick={() => setConfirming(true)}
          data-testid="import-commit"
        >
          {preview ? t('imports.preview.commit', { n: n(preview.accepted) }) : t('imports.preview.commitWaiting')}
        </button>
        <button type="button" className="btn" onClick={() => setStep('mapping')} data-testid="import-preview-back">
          ← {t('imports.back')}
        </button>
        {preview && preview.accepted === 0 && !loading && <p className="submit-why">{t('imports.preview.nothingToImport')}</p>}
      </div>
      {preview && (
        <ConfirmDialog
          open={confirming}
          title={t('imports.preview.confirmTitle')}
          confirmLabel={t('imports.preview.confirmYes')}
          busy={starting}
          busyLabel={t('imports.preview.committing')}
          onConfirm={() => void commit()}
          onCancel={() => setConfirming(false)}
          testId="import-confirm"
        >
          <p>{t('imports.preview.confirmText', { accepted: n(preview.accepted), target })}</p>
          {preview.rejected > 0 && <p className="msg msg-error">{t('imports.preview.confirmRejected', { rejected: n(preview.rejected) })}</p>}
          {preview.warnings > 0 && <p className="msg msg-warning">{t('imports.preview.confirmWarnings')}</p>}
          <p className="muted">{t('imports.preview.confirmUndo')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

/** The findings, one row each, with an inline correction for the cell a finding is about. */
function IssueTable({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const kind = useImportWizardStore((s) => s.kind);
  const corrections = useImportWizardStore((s) => s.corrections);
  const putCorrection = useImportWizardStore((s) => s.putCorrection);
  const [editing, setEditing] = useState<string | null>(null);
  const [value, setValue] = useState('');

  if (preview.issuesTotal === 0) {
    return (
      <p className="msg import-clean" data-testid="import-no-issues">
        {t('imports.preview.noIssues')}
      </p>
    );
  }
  const mappedFields = new Set(preview.mapping.map((m) => m.field).filter(Boolean));
  const keyOf = (i: RowIssue, index: number) => `${i.row}-${i.code}-${i.field ?? ''}-${index}`;

  return (
    <div className="table-wrap import-issues">
      <table className="table" data-testid="import-issues">
        <caption>
          {t('imports.preview.issuesCaption', { shown: formatNumberId(preview.issues.length, locale), total: formatNumberId(preview.issuesTotal, locale) })}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="cell-end">{t('imports.preview.row')}</th>
            <th scope="col">{t('imports.preview.column')}</th>
            <th scope="col">{t('imports.preview.severity')}</th>
            <th scope="col">{t('imports.preview.message')}</th>
            <th scope="col"><span className="visually-hidden">{t('imports.preview.fix')}</span></th>
          </tr>
        </thead>
        <tbody>
          {preview.issues.map((issue, index) => {
            const key = keyOf(issue, index);
            const fixable = Boolean(issue.field && mappedFields.has(issue.field as never));
            const existing = corrections.find((c) => c.row === issue.row && c.field === issue.field);
            const inputId = `fix-${key}`;
            return (
              <tr key={key} className={`issue-${issue.severity}`} data-testid="issue-row" data-code={issue.code} data-row={issue.row}>
                <td className="cell-end mono">
                  {issue.row}
                  {issue.name && (
                    <span className="issue-name" data-testid="issue-name">
                      {' '}
                      {issue.name}
                    </span>
                  )}
                </td>
                <td>{issue.column}</td>
                <td>
                  <span className={`tag tag-${issue.severity}`}>{t(`imports.preview.${issue.severity}`)}</span>
                </td>
                <td className="issue-message" data-testid="issue-message">
                  {issueText(issue, locale)}
                  {editing === key && (
                    <form
                      className="fix-form"
                      onSubmit={(e) => {
                        e.preventDefault();
                        if (!issue.field) return;
                        putCorrection({ row: issue.row, field: issue.field, value: value.trim() });
                        setEditing(null);
                      }}
                    >
                      <label htmlFor={inputId} className="visually-hidden">
                        {t('imports.preview.fixLabel', { row: issue.row, column: issue.column })}
                      </label>
                      <input
                        id={inputId}
                        value={value}
                        autoFocus
                        autoComplete="off"
                        placeholder={issue.field ? fieldLabel(t, kind, issue.field) : undefined}
                        onChange={(e) => setValue(e.target.value)}
                        onKeyDown={(e) => {
                          if (e.key === 'Escape') {
                            e.preventDefault();
                            setEditing(null);
                          }
                        }}
                        data-testid="fix-input"
                      />
                      <button type="submit" className="btn btn-primary btn-small" data-testid="fix-save">
                        {t('imports.preview.fixSave')}
                      </button>
                      <button type="button" className="btn btn-small" onClick={() => setEditing(null)}>
                        {t('common.cancel')}
                      </button>
                    </form>
                  )}
                </td>
                <td>
                  {fixable && editing !== key && (
                    <button
                      type="button"
                      className="btn btn-small"
                      onClick={() => {
                        setValue(existing?.value ?? issue.value ?? '');
                        setEditing(key);
                      }}
                      aria-label={t('imports.preview.fixLabel', { row: issue.row, column: issue.column })}
                      data-testid="issue-fix"
                    >
                      {t('imports.preview.fix')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
