import { useTranslation } from 'react-i18next';

// Placeholder until the screen is built.
export function BackupsScreen() {
  const { t } = useTranslation();
  return (
    <section className="screen">
      <h1>{t('nav.backups')}</h1>
    </section>
  );
}
