import { useTranslation } from 'react-i18next';

// Placeholder until the screen is built.
export function CoverageScreen() {
  const { t } = useTranslation();
  return (
    <section className="screen">
      <h1>{t('nav.coverage')}</h1>
    </section>
  );
}
