import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMessage } from '../../../../shared/i18n/messages';
import type { ProspectSource } from '../../../../shared/gaps/gap-types';
import type { ListImportOutcome, ListKind } from '../../../../shared/lists/list-types';
import { ApiCallError } from '../../api/api-call-error';
import { call } from '../../api/client';
import { fileToBase64 } from '../imports/file-base64';
import { MAX_UPLOAD_BYTES } from '../imports/files';
import { ImportError } from '../imports/import-error';
import { useNavStore } from '../../stores/nav-store';
import { ListOutcome } from './list-outcome';

const ACCEPT = '.xlsx,.xls,.ods,.csv';

export interface ListTarget {
  kind: ListKind;
  source?: ProspectSource;
  npp?: string;
  period?: string;
}

type Phase = { name: 'idle' } | { name: 'reading'; file: string } | { name: 'preview'; uploadId: string; outcome: ListImportOutcome } | { name: 'saving'; uploadId: string; outcome: ListImportOutcome } | { name: 'saved'; outcome: ListImportOutcome };

/**
 * Pick a file → the backend reads it in its parse worker and answers a dry run (nothing saved) → the clerk
 * checks the figures and saves, or cancels. `onSaved` lets the history show the new import.
 */
export function ListUpload({ target, ready, onSaved }: { target: ListTarget; ready: boolean; onSaved: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavStore((s) => s.navigate);
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });
  const [error, setError] = useState<unknown>(null);

  const read = async (file: File) => {
    setError(null);
    if (file.size > MAX_UPLOAD_BYTES) {
      setError(new ApiCallError({ code: 'FILE_TOO_LARGE', message: formatMessage('FILE_TOO_LARGE', { limit: '25 MB' }, 'id'), params: { limit: '25 MB' } }));
      return;
    }
    setPhase({ name: 'reading', file: file.name });
    try {
      const { uploadId } = await call('uploads-put', { fileName: file.name, dataBase64: await fileToBase64(file) });
      const outcome = await call('lists-import', { uploadId, ...target, dryRun: true });
      setPhase({ name: 'preview', uploadId, outcome });
    } catch (err) {
      setError(err);
      setPhase({ name: 'idle' });
    }
  };

  const save = async (uploadId: string, preview: ListImportOutcome) => {
    setError(null);
    setPhase({ name: 'saving', uploadId, outcome: preview });
    try {
      const outcome = await call('lists-import', { uploadId, ...target, dryRun: false });
      setPhase({ name: 'saved', outcome });
      onSaved();
    } catch (err) {
      setError(err);
      setPhase({ name: 'preview', uploadId, outcome: preview });
    }
  };

  return (
    <div className="list-upload" data-testid="list-upload">
      {(phase.name === 'idle' || phase.name === 'saved') && ready && (
        <div className="list-file">
          <label className="btn btn-primary file-button">
            {t('lists.choose')}
            <input
              type="file"
              accept={ACCEPT}
              className="visually-hidden"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void read(file);
              }}
              data-testid="list-file"
            />
          </label>
          <p className="field-hint">
            {t(`lists.kindHint.${target.kind}`)} {t('lists.formats')}
          </p>
        </div>
      )}
      {phase.name === 'reading' && (
        <p aria-live="polite" data-testid="list-reading">
          {t('lists.reading', { name: phase.file })}
        </p>
      )}
      {(phase.name === 'preview' || phase.name === 'saving') && (
        <section className="form" aria-labelledby="list-preview-title" data-testid="list-preview">
          <h2 id="list-preview-title" className="section-title">
            {t('lists.previewTitle', { file: phase.outcome.fileName })}
          </h2>
          <p className="msg msg-warning">{t('lists.previewNote')}</p>
          <ListOutcome outcome={phase.outcome} />
          <div className="submit-bar">
            <button
              type="button"
              className="btn btn-primary"
              disabled={phase.name === 'saving'}
              onClick={() => void save(phase.uploadId, phase.outcome)}
              data-testid="list-commit"
            >
              {phase.name === 'saving' ? t('lists.saving') : t('lists.commit')}
            </button>
            <button type="button" className="btn" disabled={phase.name === 'saving'} onClick={() => setPhase({ name: 'idle' })} data-testid="list-cancel">
              {t('lists.cancel')}
            </button>
          </div>
        </section>
      )}
      {phase.name === 'saved' && (
        <section className="confirmation" role="status" data-testid="list-saved">
          <h2 className="section-title">{t('lists.savedTitle', { id: phase.outcome.listImportId })}</h2>
          <ListOutcome outcome={phase.outcome} />
          <p>
            {phase.outcome.kind === 'workforce' ? (
              <button type="button" className="link" onClick={() => navigate({ name: 'coverage' })}>
                {t('lists.toCoverage')}
              </button>
            ) : (
              <button type="button" className="link" onClick={() => navigate({ name: 'gaps' })} data-testid="list-to-gaps">
                {t('lists.toGaps')}
              </button>
            )}
          </p>
        </section>
      )}
      <ImportError error={error} />
    </div>
  );
}
