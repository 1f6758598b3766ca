import { useTranslation } from 'react-i18next';

// Placeholder until the screen is built.
export function SummaryScreen() {
  const { t } = useTranslation();
  return (
    <section className="screen">
      <h1>{t('nav.summary')}</h1>
    </section>
  );
}
