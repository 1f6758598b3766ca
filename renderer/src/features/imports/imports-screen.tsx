import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiCallError } from '../../api/api-call-error';
import { call } from '../../api/client';
import { useLocale } from '../../i18n/use-locale';
import { useImportWizardStore, type ImportStep } from '../../stores/import-wizard-store';
import { useNavStore } from '../../stores/nav-store';
import { ExportButton } from './export-button';
import { FileStep } from './file-step';
import { formatBytes } from './files';
import { HeaderStep, ManualHeaderRow } from './header-step';
import { ImportError } from './import-error';
import { ImportHistory } from './import-history';
import { MappingStep } from './mapping-step';
import { PreviewStep } from './preview-step';
import { ResultView } from './result-view';
import { StepIndicator } from './step-indicator';
import { useFullPreview, useHeaderPreview } from './use-import-preview';
import { RunningJobs } from '../jobs/running-jobs';
import { useAppInfoStore } from '../../stores/app-info-store';
import { useWizardAddress } from './use-wizard-address';

/**
 * Impor Excel: file → sheet and header → column mapping → preview with corrections → commit, then the
 * history with undo. The choices live in a session-persisted store, so a reload resumes the same step.
 */
export function ImportsScreen({ npp: given }: { npp: string | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavStore((s) => s.navigate);
  const wizard = useImportWizardStore();
  const { kind, npp, upload, step, result } = wizard;
  const [historyVersion, setHistoryVersion] = useState(0);
  const [restored] = useState(() => upload !== null && step !== 'file');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const uploadGone = useWizardAddress();

  // Opened from an employer: import for that employer, unless a file for it is already under way.
  useEffect(() => {
    const s = useImportWizardStore.getState();
    if (!given || (s.kind === 'roster' && s.npp === given)) return;
    if (s.upload && s.step !== 'file') return;
    if (s.kind !== 'roster') s.setKind('roster');
    s.setEmployer(given, null);
  }, [given]);

  // A stored NPP without its name (opened from a route): look the name up once.
  useEffect(() => {
    const s = useImportWizardStore.getState();
    if (s.kind !== 'roster' || !s.npp || s.employerName) return;
    let live = true;
    const wanted = s.npp;
    call('employers-get', { npp: wanted })
      .then((e) => live && useImportWizardStore.getState().npp === wanted && useImportWizardStore.setState({ employerName: e.name }))
      // Only the employer's name in the heading is lost; the import itself checks the NPP on the server.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [npp, kind]);

  // Each step starts at its heading for screen readers and keyboard users.
  useEffect(() => {
    if (step !== 'file') headingRef.current?.focus({ preventScroll: false });
  }, [step]);

  const showHeader = upload !== null && (step === 'header' || step === 'mapping');
  const header = useHeaderPreview(showHeader);
  // Reloaded while this upload was being written: follow the write, do not check the file again (it goes
  // after the write). Without a reload the finished check stays on screen, so a cancelled write needs no new check.
  const [reloadedMidCommit] = useState(() => useImportWizardStore.getState().commitJob !== null);
  const full = useFullPreview(upload !== null && step === 'preview' && !(reloadedMidCommit && wizard.commitJob), wizard.filter);
  const stepError = step === 'preview' ? full.error : showHeader ? header.error : null;
  const stepCode = stepError ? toApiCallError(stepError).code : null;
  const gone = stepCode === 'UPLOAD_NOT_FOUND';
  // Problems of the file itself: asking again gives the same answer, another file is the way on.
  const fileProblem = gone || (stepCode !== null && /^(FILE_|SHEET_)/.test(stepCode));

  // The file is gone because it was imported (in this tab before a reload, or in another): follow that
  // import's job to its result rather than asking for the file again.
  useEffect(() => {
    if (!gone || !upload || useImportWizardStore.getState().commitJob) return;
    let live = true;
    call('jobs-list', { uploadId: upload.uploadId })
      .then((jobs) => {
        const write = jobs.find((j) => j.kind === 'import-write' && j.status !== 'failed' && j.status !== 'cancelled');
        if (live && write) useImportWizardStore.getState().setCommitJob(write.id);
      })
      .catch(() => undefined); // the "file gone" message stays: the job is not on this host any more
    return () => {
      live = false;
    };
  }, [gone, upload]);

  const canGo = (s: ImportStep) => (s === 'file' ? true : upload !== null && step !== 'done');
  const goTo = (s: ImportStep) => (s === 'file' ? wizard.restart() : wizard.setStep(s));

  return (
    <section className="screen imports-screen" aria-labelledby="imports-title">
      <div className="screen-head">
        <h1 id="imports-title">{t('imports.title')}</h1>
        <div className="head-actions">
          {kind === 'employers' && <ExportButton what={{ what: 'employers' }} label={t('imports.export.employers')} testId="export-employers" />}
          {kind === 'roster' && npp && <ExportButton what={{ what: 'workers', npp }} label={t('imports.export.workers')} testId="export-workers" />}
        </div>
      </div>
      {given && npp !== given && upload && (
        <div className="msg msg-warning import-pending" role="status" data-testid="import-pending">
          <span>{t('imports.pending.text', { file: upload.fileName, employer: wizard.employerName ?? npp ?? t('imports.kind.employers') })}</span>
          <button type="button" className="btn btn-small" onClick={() => navigate({ name: 'imports', npp: null })} data-testid="import-pending-continue">
            {t('imports.pending.continue')}
          </button>
          <button
            type="button"
            className="btn btn-small"
            onClick={() => {
              if (wizard.kind !== 'roster') wizard.setKind('roster');
              wizard.setEmployer(given, null);
            }}
            data-testid="import-pending-new"
          >
            {t('imports.pending.new', { npp: given })}
          </button>
        </div>
      )}
      <StepIndicator step={step} canGo={canGo} onGo={goTo} />
      {uploadGone && (
        <p className="msg msg-warning" role="status" data-testid="import-upload-gone">
          {t('walkthrough.wizard.gone')}
        </p>
      )}
      {upload && step !== 'file' && step !== 'done' && (
        <p className="context-line import-file-line" data-testid="import-file-line">
          {kind === 'roster' && npp ? `${t('imports.employer.chosen', { name: wizard.employerName ?? npp, npp })} · ` : `${t('imports.kind.employers')} · `}
          {t('imports.file.current', { name: upload.fileName, size: formatBytes(upload.size, locale) })}{' '}
          <button type="button" className="btn btn-quiet btn-small" onClick={wizard.restart} data-testid="import-start-over">
            {t('imports.file.another')}
          </button>
          {restored && <span className="draft-note">{t('imports.file.restored')}</span>}
        </p>
      )}
      <h2 ref={headingRef} tabIndex={-1} className="section-title step-title" data-testid="import-step-title">
        {t(`imports.steps.${step}`)}
      </h2>

      {step === 'file' && <FileStep />}
      <RunningJobs
        exclude={[full.job?.id ?? null, wizard.commitJob]}
        onEnded={() => {
          setHistoryVersion((v) => v + 1);
          void useAppInfoStore.getState().refresh();
        }}
      />
      {stepError && !(gone && wizard.commitJob) ? (
        <ImportError
          error={stepError}
          onRetry={fileProblem ? wizard.restart : step === 'preview' ? full.reload : header.reload}
          retryLabel={fileProblem ? t('imports.file.another') : t('imports.retry')}
        />
      ) : null}
      {stepCode === 'FILE_NO_HEADER' && showHeader && <ManualHeaderRow />}
      {showHeader && step === 'header' && <HeaderStep preview={header.data} loading={header.loading} />}
      {showHeader && step === 'mapping' && <MappingStep preview={header.data} loading={header.loading} />}
      {upload && step === 'preview' && (!gone || wizard.commitJob) && (
        <PreviewStep
          preview={full.data}
          loading={full.loading}
          check={full.job}
          onCancelCheck={full.cancel}
          onCommitted={() => setHistoryVersion((v) => v + 1)}
        />
      )}
      {step === 'done' && result && (
        <ResultView
          result={result}
          onAgain={wizard.restart}
          onOpenEmployer={kind === 'roster' && npp ? () => navigate({ name: 'employer-detail', npp }) : null}
        />
      )}

      {(kind === 'employers' || npp) && <ImportHistory kind={kind} npp={npp} version={historyVersion} />}
    </section>
  );
}
