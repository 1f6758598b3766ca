import { useState, type DragEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { formatMessage } from '../../../../shared/i18n/messages';
import { call } from '../../api/client';
import { ApiCallError } from '../../api/api-call-error';
import { useImportWizardStore } from '../../stores/import-wizard-store';
import { EmployerPicker } from '../workers/employer-picker';
import { fileToBase64 } from './file-base64';
import { MAX_UPLOAD_BYTES } from './files';
import { ImportError } from './import-error';
import { UploadProgress, type Sent } from './upload-progress';

const ACCEPT = '.xlsx,.xls,.ods,.csv';

/** Step 1: what is imported (and for which employer), then the file, dropped or picked. */
export function FileStep() {
  const { t } = useTranslation();
  const kind = useImportWizardStore((s) => s.kind);
  const npp = useImportWizardStore((s) => s.npp);
  const employerName = useImportWizardStore((s) => s.employerName);
  const setKind = useImportWizardStore((s) => s.setKind);
  const setEmployer = useImportWizardStore((s) => s.setEmployer);
  const setUpload = useImportWizardStore((s) => s.setUpload);
  const [busy, setBusy] = useState<string | null>(null);
  const [sent, setSent] = useState<Sent | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [dragging, setDragging] = useState(false);

  const ready = kind === 'employers' || Boolean(npp);

  const pickEmployer = async (picked: string) => {
    setError(null);
    try {
      const employer = await call('employers-get', { npp: picked });
      setEmployer(employer.npp, employer.name);
    } catch (err) {
      setError(err);
    }
  };

  const upload = async (file: File) => {
    setError(null);
    if (file.size > MAX_UPLOAD_BYTES) {
      // Refused here: 25 MB of base64 would not even pass the argument check.
      setError(new ApiCallError({ code: 'FILE_TOO_LARGE', message: formatMessage('FILE_TOO_LARGE', { limit: '25 MB' }, 'id'), params: { limit: '25 MB' } }));
      return;
    }
    if (file.size === 0) {
      setError(new ApiCallError({ code: 'FILE_EMPTY', message: 'empty' }));
      return;
    }
    setBusy(file.name);
    setSent(null);
    try {
      const dataBase64 = await fileToBase64(file);
      // Painted at each report: on a fast link the last report and the answer arrive together, and a batched
      // render would skip every figure.
      const receipt = await call('uploads-put', { fileName: file.name, dataBase64 }, (done, total) => flushSync(() => setSent({ sent: done, total })));
      setUpload(receipt);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
      setSent(null);
    }
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file && ready && !busy) void upload(file);
  };

  return (
    <div className="import-step" data-testid="import-file-step">
      <fieldset className="field import-kind">
        <legend>{t('imports.kind.legend')}</legend>
        <div className="checks">
          {(['roster', 'employers'] as const).map((k) => (
            <label key={k} className="check">
              <input type="radio" name="import-kind" value={k} checked={kind === k} onChange={() => setKind(k)} data-testid={`import-kind-${k}`} />
              {t(`imports.kind.${k}`)}
            </label>
          ))}
        </div>
      </fieldset>

      {kind === 'roster' && npp && (
        <p className="context-line import-employer" data-testid="import-employer">
          {t('imports.employer.label')}: <strong>{t('imports.employer.chosen', { name: employerName ?? npp, npp })}</strong>{' '}
          <button type="button" className="btn btn-quiet btn-small" onClick={() => setEmployer(null, null)} data-testid="import-change-employer">
            {t('imports.employer.change')}
          </button>
        </p>
      )}
      {kind === 'roster' && !npp && (
        <EmployerPicker onPick={(picked) => void pickEmployer(picked)} intro={t('imports.employer.pickIntro')} />
      )}

      {ready && (
        <div
          className={`dropzone${dragging ? ' is-dragging' : ''}${busy ? ' is-busy' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            e.dataTransfer.dropEffect = 'copy';
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          data-testid="import-dropzone"
        >
          {busy ? (
            <UploadProgress name={busy} sent={sent} />
          ) : (
            <>
              <p className="dropzone-title">{t('imports.file.drop')}</p>
              <p className="muted">{t('imports.file.or')}</p>
              <label className="btn btn-primary file-button">
                {t('imports.file.choose')}
                <input
                  type="file"
                  accept={ACCEPT}
                  className="visually-hidden"
                  autoFocus={kind === 'employers' || Boolean(npp)}
                  onChange={(e) => {
                    const file = e.target.files?.[0];
                    e.target.value = '';
                    if (file) void upload(file);
                  }}
                  data-testid="import-file"
                />
              </label>
              <p className="field-hint">{t('imports.file.formats')}</p>
            </>
          )}
        </div>
      )}
      <ImportError error={error} />
    </div>
  );
}
