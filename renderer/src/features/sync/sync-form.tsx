import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiCallError } from '../../api/api-call-error';
import { useLocale } from '../../i18n/use-locale';
import { errorText } from '../../lib/issue-text';
import { useSyncStore } from '../../stores/sync-store';

const SERVER_URL = /^https?:\/\/[^\s/]+/;

interface Props {
  initialUrl: string;
  configured: boolean;
  onConnected: (desk: string, branch: string) => void;
}

/** Server address and desk key → `sync-configure`, which binds the store and runs the first sync. */
export function SyncForm({ initialUrl, configured, onConnected }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const configure = useSyncStore((s) => s.configure);
  const [serverUrl, setServerUrl] = useState(initialUrl);
  const [deskKey, setDeskKey] = useState('');
  const [errors, setErrors] = useState<{ url?: string; key?: string }>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setRefusal(null);
    const found = {
      url: SERVER_URL.test(serverUrl.trim()) ? undefined : t('sync.issues.SYNC_URL_INVALID'),
      key: deskKey.trim().length >= 10 ? undefined : t('sync.issues.SYNC_KEY_SHORT'),
    };
    setErrors(found);
    if (found.url || found.key) return;
    setBusy(true);
    try {
      const status = await configure(serverUrl.trim(), deskKey.trim());
      setDeskKey('');
      onConnected(status.desk ?? '–', status.branch ?? '–');
    } catch (err) {
      setRefusal(errorText(toApiCallError(err), locale));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="sync-form" onSubmit={(e) => void submit(e)} noValidate data-testid="sync-form">
      <div className="field">
        <label htmlFor="sync-url">{t('sync.screen.serverUrl')}</label>
        <input
          id="sync-url"
          type="url"
          value={serverUrl}
          onChange={(e) => setServerUrl(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={errors.url ? true : undefined}
          aria-describedby="sync-url-msg"
          data-testid="sync-field-url"
        />
        <div className="field-hint">{t('sync.screen.serverUrlHint')}</div>
        {errors.url && (
          <p id="sync-url-msg" className="msg msg-error" data-testid="error-sync-url">
            {errors.url}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="sync-key">{t('sync.screen.deskKey')}</label>
        <input
          id="sync-key"
          type="password"
          value={deskKey}
          onChange={(e) => setDeskKey(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={errors.key ? true : undefined}
          aria-describedby="sync-key-msg"
          data-testid="sync-field-key"
        />
        <div className="field-hint">{configured ? t('sync.screen.deskKeyAgain') : t('sync.screen.deskKeyHint')}</div>
        {errors.key && (
          <p id="sync-key-msg" className="msg msg-error" data-testid="error-sync-key">
            {errors.key}
          </p>
        )}
      </div>
      {refusal && (
        <p className="msg msg-error" role="alert" data-testid="sync-refusal">
          {refusal}
        </p>
      )}
      <div className="submit-bar">
        <button type="submit" className="btn btn-primary" disabled={busy} data-testid="sync-submit">
          {busy ? t('sync.screen.connecting') : configured ? t('sync.screen.reconnect') : t('sync.screen.connect')}
        </button>
      </div>
    </form>
  );
}
