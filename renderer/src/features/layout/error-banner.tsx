import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale';
import { errorText } from '../../lib/issue-text';
import { useBannerStore } from '../../stores/banner-store';

export function ErrorBanner() {
  const { t } = useTranslation();
  const locale = useLocale();
  const error = useBannerStore((s) => s.error);
  const dismiss = useBannerStore((s) => s.dismiss);
  if (!error) return null;
  return (
    <div className="banner banner-error" role="alert" data-testid="error-banner" data-code={error.code}>
      <p>{errorText(error, locale)}</p>
      <button type="button" className="btn btn-quiet" onClick={dismiss} data-testid="error-banner-dismiss">
        {t('common.dismiss')}
      </button>
    </div>
  );
}
