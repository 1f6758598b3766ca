import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../../stores/session-store';

export function UserMenu() {
  const { t } = useTranslation();
  const session = useSessionStore((s) => s.session);
  const signOut = useSessionStore((s) => s.signOut);
  if (!session) return null;
  return (
    <div className="user-menu" data-testid="user-menu">
      <span className="user-name">
        {session.displayName}
        <small>{t(`auth.role.${session.role}`)}</small>
      </span>
      <button type="button" className="btn btn-small" onClick={() => void signOut()} data-testid="sign-out">
        {t('auth.signOut')}
      </button>
    </div>
  );
}
