import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Gender, WorkerDetail } from '../../../../shared/domain/worker';
import { call } from '../../api/client';
import { toApiCallError } from '../../api/api-call-error';
import { DateInput } from '../../components/date-input';
import { useLocale } from '../../i18n/use-locale';
import { errorText, issueText } from '../../lib/issue-text';
import { ConfirmDialog } from '../imports/confirm-dialog';
import { submitOnEnter } from './membership-dialogs';

/** The branch head corrects a person's name, birth date or gender, with a reason and a document note. */
export function CorrectIdentityDialog({ worker, onClose, onDone }: { worker: WorkerDetail; onClose: () => void; onDone: (note?: string) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [name, setName] = useState(worker.name);
  const [birthDate, setBirthDate] = useState(worker.birthDate);
  const [gender, setGender] = useState<Gender>(worker.gender);
  const [reason, setReason] = useState('');
  const [documentNote, setDocumentNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setError(null);
    if (!reason.trim()) {
      setError(t('lifecycle.reasonRequired'));
      return;
    }
    if (!birthDate) {
      setError(t('lifecycle.dateInvalid'));
      return;
    }
    setBusy(true);
    try {
      const r = await call('workers-correct', { nik: worker.nik, name, birthDate, gender, reason, documentNote: documentNote.trim() || null });
      onDone(r.warnings.map((w) => issueText(w, locale)).join(' ') || undefined);
    } catch (err) {
      setError(errorText(toApiCallError(err), locale));
    } finally {
      setBusy(false);
    }
  };

  return (
    <ConfirmDialog open title={t('lifecycle.correct')} confirmLabel={t('lifecycle.save')} busy={busy} onConfirm={() => void run()} onCancel={onClose} testId="dialog-correct">
      <div className="dialog-form" onKeyDown={submitOnEnter(run)}>
      <p className="muted">{t('lifecycle.correctHint')}</p>
      <label className="dialog-field">
        {t('lifecycle.name')}
        <input value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" data-testid="correct-name" />
      </label>
      <label className="dialog-field">
        {t('lifecycle.birthDate')}
        <DateInput value={birthDate} onValueChange={(v) => setBirthDate(v)} data-testid="correct-birth" />
      </label>
      <label className="dialog-field">
        {t('lifecycle.gender')}
        <select value={gender} onChange={(e) => setGender(e.target.value as Gender)} data-testid="correct-gender">
          <option value="L">{t('gender.L')}</option>
          <option value="P">{t('gender.P')}</option>
        </select>
      </label>
      <label className="dialog-field">
        {t('lifecycle.correctReason')}
        <input value={reason} onChange={(e) => setReason(e.target.value)} autoComplete="off" data-testid="correct-reason" />
      </label>
      <label className="dialog-field">
        {t('lifecycle.documentNote')}
        <input value={documentNote} onChange={(e) => setDocumentNote(e.target.value)} placeholder={t('lifecycle.documentHint')} autoComplete="off" data-testid="correct-document" />
      </label>
      {error && (
        <p className="msg msg-error" role="alert" data-testid="dialog-error">
          {error}
        </p>
      )}
      </div>
    </ConfirmDialog>
  );
}
