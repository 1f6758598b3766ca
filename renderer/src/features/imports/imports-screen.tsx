import { useTranslation } from 'react-i18next';

// Placeholder until the screen is built.
export function ImportsScreen(_props: { npp: string | null }) {
  const { t } = useTranslation();
  return (
    <section className="screen">
      <h1>{t('nav.imports')}</h1>
    </section>
  );
}
