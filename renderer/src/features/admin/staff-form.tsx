import { useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role, type Staff } from '../../../../shared/domain/staff';
import { toApiCallError } from '../../api/api-call-error';
import { useLocale } from '../../i18n/use-locale';
import { errorText } from '../../lib/issue-text';
import { useAdminStaffStore } from '../../stores/admin-staff-store';
import { useReferenceStore } from '../../stores/reference-store';
import { useSessionStore } from '../../stores/session-store';
import { formatDateTime } from './admin-format';

const USERNAME = /^[a-zA-Z0-9._-]{3,40}$/;

type FieldName = 'username' | 'displayName' | 'role' | 'password' | 'repeat';
type Errors = Partial<Record<FieldName, string>>;

interface Props {
  /** null: a new account. */
  editing: Staff | null;
  onDone: (message: string) => void;
  onCancel: () => void;
}

function StaffField({ id, name, label, hint, error, children }: { id: string; name: FieldName; label: string; hint?: ReactNode; error?: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && <div className="field-hint">{hint}</div>}
      {error && (
        <p id={`${id}-msg`} className="msg msg-error" data-testid={`error-staff-${name}`}>
          {error}
        </p>
      )}
    </div>
  );
}

const invalid = (id: string, error: string | undefined) => ({ 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? `${id}-msg` : undefined });

/** Create an account, or change one: name, role, active, and a password reset (which also unlocks it). */
export function StaffForm({ editing, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const save = useAdminStaffStore((s) => s.save);
  const me = useSessionStore((s) => s.session?.username);
  const [username, setUsername] = useState(editing?.username ?? '');
  const [displayName, setDisplayName] = useState(editing?.displayName ?? '');
  const [role, setRole] = useState<Role>(editing?.role ?? 'petugas');
  const [active, setActive] = useState(editing?.active ?? true);
  const [homeBranch, setHomeBranch] = useState(editing?.homeBranch ?? '');
  const branches = useReferenceStore((s) => s.bundle?.branches);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [lastAdmin, setLastAdmin] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const creating = editing === null;
  const lockedNow = editing?.lockedUntil && editing.lockedUntil > new Date().toISOString() ? editing.lockedUntil : null;
  const isSelf = !creating && me?.toLowerCase() === editing.username.toLowerCase();

  const check = (): Errors => {
    const found: Errors = {};
    if (creating && !USERNAME.test(username.trim())) found.username = username.trim() ? t('admin.staff.usernameInvalid') : t('admin.staff.required');
    if (!displayName.trim()) found.displayName = t('admin.staff.required');
    if (creating && !password) found.password = t('admin.staff.required');
    if (password && password !== repeat) found.repeat = t('admin.staff.passwordsDiffer');
    return found;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = check();
    setErrors(found);
    setLastAdmin(false);
    setFailure(null);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      const saved = await save({
        mode: creating ? 'create' : 'update',
        username: username.trim(),
        displayName: displayName.trim(),
        role,
        active,
        homeBranch: homeBranch || null,
        ...(password ? { password } : {}),
      });
      onDone(
        creating
          ? t('admin.staff.created', { username: saved.username, name: saved.displayName })
          : t('admin.staff.saved', { username: saved.username }),
      );
    } catch (err) {
      const error = toApiCallError(err);
      const text = errorText(error, locale);
      // The backend's refusals go beside the field they are about.
      if (error.code === 'PASSWORD_WEAK' || error.code === 'PASSWORD_COMMON') setErrors({ password: text });
      else if (error.code === 'STAFF_EXISTS') setErrors({ username: text });
      else if (error.code === 'LAST_ADMIN') setLastAdmin(true);
      else setFailure(text);
      if (error.code === 'PASSWORD_WEAK' || error.code === 'PASSWORD_COMMON') {
        setPassword('');
        setRepeat('');
      }
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    }
  };

  return (
    <form className="form admin-staff-form" onSubmit={submit} onKeyDown={onKeyDown} noValidate aria-labelledby="staff-form-title" data-testid="staff-form">
      <h2 id="staff-form-title">{creating ? t('admin.staff.newTitle') : t('admin.staff.editTitle', { username: editing.username })}</h2>
      {lockedNow && (
        <p className="msg msg-warning" data-testid="staff-locked-note">
          {t('admin.staff.unlockNote', { until: formatDateTime(lockedNow, locale) })}
        </p>
      )}
      <div className="form-grid">
        <StaffField id="staff-username" name="username" label={t('admin.staff.username')} hint={creating ? t('admin.staff.usernameHint') : undefined} error={errors.username}>
          <input
            id="staff-username"
            data-testid="staff-field-username"
            autoComplete="off"
            spellCheck={false}
            autoFocus={creating}
            readOnly={!creating}
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            {...invalid('staff-username', errors.username)}
          />
        </StaffField>
        <StaffField id="staff-name" name="displayName" label={t('admin.staff.displayName')} error={errors.displayName}>
          <input
            id="staff-name"
            data-testid="staff-field-display-name"
            autoComplete="off"
            autoFocus={!creating}
            value={displayName}
            onChange={(e) => setDisplayName(e.target.value)}
            {...invalid('staff-name', errors.displayName)}
          />
        </StaffField>
        <StaffField id="staff-role" name="role" label={t('admin.staff.role')} hint={t(`admin.staff.roleHint.${role}`)}>
          <select
            id="staff-role"
            data-testid="staff-field-role"
            value={role}
            onChange={(e) => setRole(e.target.value as Role)}
            aria-invalid={lastAdmin || undefined}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`auth.role.${r}`)}
              </option>
            ))}
          </select>
        </StaffField>
        <div className="field">
          <label htmlFor="staff-home-branch">{t('homeBranch.staff.label')}</label>
          <select id="staff-home-branch" data-testid="staff-field-home-branch" value={homeBranch} onChange={(e) => setHomeBranch(e.target.value)}>
            <option value="">{t('homeBranch.staff.none')}</option>
            {[...(branches ?? [])]
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((b) => (
                <option key={b.code} value={b.code}>
                  {b.name}
                </option>
              ))}
          </select>
          <div className="field-hint">{t('homeBranch.staff.hint')}</div>
        </div>
        {!creating && (
          <div className="field span-3">
            <label className="check">
              <input type="checkbox" data-testid="staff-field-active" checked={active} onChange={(e) => setActive(e.target.checked)} />
              {t('admin.staff.activeLabel')}
            </label>
          </div>
        )}
        {!creating && (
          <div className="span-3 admin-subhead">
            <h3>{t('admin.staff.resetPassword')}</h3>
            <p className="field-hint">{t('admin.staff.resetHint')}</p>
          </div>
        )}
        <StaffField
          id="staff-password"
          name="password"
          label={creating ? t('admin.staff.password') : t('admin.staff.newPassword')}
          hint={t('admin.staff.passwordHint')}
          error={errors.password}
        >
          <input
            id="staff-password"
            type="password"
            autoComplete="new-password"
            data-testid="staff-field-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            {...invalid('staff-password', errors.password)}
          />
        </StaffField>
        <StaffField id="staff-repeat" name="repeat" label={t('admin.staff.repeatPassword')} error={errors.repeat}>
          <input
            id="staff-repeat"
            type="password"
            autoComplete="new-password"
            data-testid="staff-field-repeat"
            value={repeat}
            onChange={(e) => setRepeat(e.target.value)}
            {...invalid('staff-repeat', errors.repeat)}
          />
        </StaffField>
      </div>
      {lastAdmin && editing && (
        <div className="admin-alert" role="alert" data-testid="staff-last-admin">
          <strong>{t('admin.staff.lastAdminTitle')}</strong>
          <p>{t('admin.staff.lastAdminText', { username: editing.username })}</p>
        </div>
      )}
      {failure && (
        <p className="msg msg-error" role="alert" data-testid="staff-form-error">
          {failure}
        </p>
      )}
      {!creating && <p className="field-hint">{isSelf ? t('admin.staff.selfNote') : t('admin.staff.sessionsNote')}</p>}
      <div className="submit-bar">
        <button type="submit" className="btn btn-primary" disabled={busy} data-testid="staff-submit">
          {busy ? t('common.saving') : creating ? t('admin.staff.create') : t('admin.staff.save')}
        </button>
        <button type="button" className="btn" onClick={onCancel} data-testid="staff-cancel">
          {t('common.cancel')} <kbd>Esc</kbd>
        </button>
      </div>
    </form>
  );
}
