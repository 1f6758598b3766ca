import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupFile, RestoreSummary } from '../../../../shared/domain/backup';
import { toApiCallError } from '../../api/api-call-error';
import { useLocale } from '../../i18n/use-locale';
import { errorText } from '../../lib/issue-text';
import { useAdminBackupsStore } from '../../stores/admin-backups-store';
import { formatDateTime } from './admin-format';

const CONFIRM_WORD = 'PULIHKAN';

interface Props {
  backup: BackupFile;
  onClose: () => void;
  onRestored: (summary: RestoreSummary) => void;
}

/**
 * A restore replaces everything entered since the backup, so the dialog says so plainly and the button
 * stays disabled until the word is typed: no restore by a stray Enter.
 */
export function RestoreDialog({ backup, onClose, onRestored }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const restore = useAdminBackupsStore((s) => s.restore);
  const busy = useAdminBackupsStore((s) => s.busy === 'restore');
  const ref = useRef<HTMLDialogElement>(null);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const date = formatDateTime(backup.createdAt, locale);
  const ready = typed.trim() === CONFIRM_WORD;

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!ready || busy) return;
    setError(null);
    try {
      onRestored(await restore(backup.name));
    } catch (err) {
      setError(errorText(toApiCallError(err), locale));
    }
  };

  return (
    <dialog
      ref={ref}
      className="admin-dialog"
      aria-labelledby="restore-title"
      data-testid="restore-dialog"
      onCancel={(e) => {
        // Esc closes, but not while the store is being swapped.
        e.preventDefault();
        if (!busy) onClose();
      }}
    >
      <form onSubmit={submit} className="admin-dialog-body">
        <h2 id="restore-title">{t('admin.backups.dialogTitle', { date })}</h2>
        <p className="mono admin-dialog-file">{backup.name}</p>
        <div className="admin-warning-box">
          <p>
            <strong>{t('admin.backups.dialogReplace')}</strong>
          </p>
          <p data-testid="restore-lost">{t('admin.backups.dialogLost', { date })}</p>
        </div>
        <p>{t('admin.backups.dialogSaved')}</p>
        <p className="muted">{t('admin.backups.dialogOthers')}</p>
        <div className="field">
          <label htmlFor="restore-word">{t('admin.backups.dialogType', { word: CONFIRM_WORD })}</label>
          <input
            id="restore-word"
            className="mono admin-confirm-word"
            autoComplete="off"
            spellCheck={false}
            autoFocus
            value={typed}
            onChange={(e) => setTyped(e.target.value.toUpperCase())}
            placeholder={CONFIRM_WORD}
            data-testid="restore-word"
          />
        </div>
        {error && (
          <p className="msg msg-error" role="alert" data-testid="restore-error">
            {error}
          </p>
        )}
        <div className="submit-bar">
          <button type="submit" className="btn admin-btn-danger" disabled={!ready || busy} data-testid="restore-confirm">
            {busy ? t('admin.backups.restoring') : t('admin.backups.confirm')}
          </button>
          <button type="button" className="btn" onClick={onClose} disabled={busy} data-testid="restore-cancel">
            {t('common.cancel')} <kbd>Esc</kbd>
          </button>
        </div>
      </form>
    </dialog>
  );
}
