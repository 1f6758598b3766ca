import { useTranslation } from 'react-i18next';
import { toApiCallError } from '../../api/api-call-error';
import { useLocale } from '../../i18n/use-locale';
import { errorText } from '../../lib/issue-text';

/** A refused import step, in words the clerk can act on (the stable code stays on data-code for tests). */
export function ImportError({ error, onRetry, retryLabel }: { error: unknown; onRetry?: () => void; retryLabel?: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!error) return null;
  const err = toApiCallError(error);
  return (
    <div className="banner banner-error" role="alert" data-testid="import-error" data-code={err.code}>
      <p>{errorText(err, locale)}</p>
      {onRetry && (
        <button type="button" className="btn" onClick={onRetry} data-testid="import-error-retry">
          {retryLabel ?? t('imports.startOver')}
        </button>
      )}
    </div>
  );
}
