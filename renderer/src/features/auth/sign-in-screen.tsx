import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiCallError } from '../../api/api-call-error';
import { useLocale } from '../../i18n/use-locale';
import { errorText } from '../../lib/issue-text';
import { useSessionStore } from '../../stores/session-store';
import { LanguageSwitch } from '../layout/language-switch';

/** Sign-in, or on the very first run the creation of the admin account. */
export function SignInScreen({ setup }: { setup: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const signIn = useSessionStore((s) => s.signIn);
  const createAdmin = useSessionStore((s) => s.setup);
  const reason = useSessionStore((s) => s.reason);
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // The app's own message in the app's language, not the browser's "Please fill out this field".
    if (!username.trim() || !password || (setup && !repeat)) {
      setError(t('walkthrough.dialog.signInMissing'));
      return;
    }
    if (setup && password !== repeat) {
      setError(t('auth.passwordsDiffer'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      if (setup) await createAdmin(username, displayName || username, password);
      else await signIn(username, password);
    } catch (err) {
      setError(errorText(toApiCallError(err), locale));
      setPassword('');
      setRepeat('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="sign-in">
      <form className="sign-in-card" onSubmit={submit} noValidate aria-labelledby="sign-in-title" data-testid="sign-in-form">
        <div className="sign-in-head">
          <span className="brand-name">Sigap</span>
          <LanguageSwitch />
        </div>
        <h1 id="sign-in-title">{setup ? t('auth.setupTitle') : t('auth.title')}</h1>
        {setup && <p className="muted">{t('auth.setupIntro')}</p>}
        {!setup && reason && (
          <p className="msg msg-warning" role="status" data-testid="sign-out-reason">
            {t(`auth.reason.${reason}`)}
          </p>
        )}
        <div className="field">
          <label htmlFor="sign-in-username">{t('auth.username')}</label>
          <input id="sign-in-username" data-testid="field-username" autoComplete="username" autoFocus value={username} onChange={(e) => setUsername(e.target.value)} required />
        </div>
        {setup && (
          <div className="field">
            <label htmlFor="sign-in-name">{t('auth.displayName')}</label>
            <input id="sign-in-name" data-testid="field-display-name" value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
          </div>
        )}
        <div className="field">
          <label htmlFor="sign-in-password">{t('auth.password')}</label>
          <input id="sign-in-password" data-testid="field-password" type="password" autoComplete={setup ? 'new-password' : 'current-password'} value={password} onChange={(e) => setPassword(e.target.value)} required />
          {setup && <div className="field-hint">{t('auth.passwordHint')}</div>}
        </div>
        {setup && (
          <div className="field">
            <label htmlFor="sign-in-repeat">{t('auth.repeatPassword')}</label>
            <input id="sign-in-repeat" data-testid="field-repeat-password" type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} required />
          </div>
        )}
        {error && (
          <p className="msg msg-error" role="alert" data-testid="sign-in-error">
            {error}
          </p>
        )}
        <button type="submit" className="btn btn-primary" disabled={busy} data-testid="sign-in-submit">
          {setup ? t('auth.createAdmin') : t('auth.signIn')}
        </button>
      </form>
    </div>
  );
}
