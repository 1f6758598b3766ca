import { useTranslation } from 'react-i18next';

// Placeholder until the screen is built.
export function GapsScreen() {
  const { t } = useTranslation();
  return (
    <section className="screen">
      <h1>{t('nav.gaps')}</h1>
    </section>
  );
}
