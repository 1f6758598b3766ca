import { useTranslation } from 'react-i18next';
import { formatNumberId } from '../../../../shared/format/id-format';
import type { ImportResult } from '../../../../shared/import/types';
import { useLocale } from '../../i18n/use-locale';

interface Props {
  result: ImportResult;
  onAgain: () => void;
  onOpenEmployer: (() => void) | null;
}

/** Step 5: what the commit did. */
export function ResultView({ result, onAgain, onOpenEmployer }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const n = (v: number) => formatNumberId(v, locale);
  return (
    <div className="confirmation import-result" role="status" data-testid="import-result">
      <h2>{t('imports.result.title', { id: result.importId ?? '' })}</h2>
      <p data-testid="import-result-text">
        {t('imports.result.text', {
          accepted: n(result.accepted),
          inserted: n(result.inserted),
          updated: n(result.updated),
          unchanged: n(result.unchanged),
          rejected: n(result.rejected),
          skipped: n(result.skipped),
        })}
      </p>
      <div className="submit-bar">
        {onOpenEmployer && (
          <button type="button" className="btn btn-primary" autoFocus onClick={onOpenEmployer} data-testid="import-open-employer">
            {t('imports.result.openEmployer')}
          </button>
        )}
        <button type="button" className="btn" autoFocus={!onOpenEmployer} onClick={onAgain} data-testid="import-again">
          {t('imports.result.again')}
        </button>
      </div>
    </div>
  );
}
