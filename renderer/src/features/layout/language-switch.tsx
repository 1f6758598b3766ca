import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../shared/i18n/message-types';
import { setLocale } from '../../i18n';
import { useLocale } from '../../i18n/use-locale';

const LOCALES: { code: Locale; label: string; name: string }[] = [
  { code: 'id', label: 'ID', name: 'Bahasa Indonesia' },
  { code: 'en', label: 'EN', name: 'English' },
];

export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useLocale();
  return (
    <div className="lang-switch" role="group" aria-label={t('app.language')}>
      {LOCALES.map((l) => (
        <button
          key={l.code}
          type="button"
          lang={l.code}
          title={l.name}
          aria-pressed={current === l.code}
          data-testid={`lang-${l.code}`}
          onClick={() => setLocale(l.code)}
        >
          {l.label}
        </button>
      ))}
    </div>
  );
}
