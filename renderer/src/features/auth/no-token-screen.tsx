import { useTranslation } from 'react-i18next';
import { formatMessage } from '../../../../shared/i18n/messages';
import { useLocale } from '../../i18n/use-locale';
import { LanguageSwitch } from '../layout/language-switch';

/**
 * Browser mode opened without the launch token (a typed or bookmarked address, an old launch's token):
 * no request can succeed, so say at once that the full printed address is needed instead of a sign-in
 * form that fails only after the password.
 */
export function NoTokenScreen() {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="sign-in">
      <div className="sign-in-card" role="alert" data-testid="no-token">
        <div className="sign-in-head">
          <span className="brand-name">Sigap</span>
          <LanguageSwitch />
        </div>
        <h1>{t('walkthrough.noToken.title')}</h1>
        <p>{formatMessage('UNAUTHORIZED', {}, locale)}</p>
        <p className="muted">{t('walkthrough.noToken.example')}</p>
      </div>
    </div>
  );
}
