import { useTranslation } from 'react-i18next';

// Placeholder until the screen is built.
export function AuditScreen() {
  const { t } = useTranslation();
  return (
    <section className="screen">
      <h1>{t('nav.audit')}</h1>
    </section>
  );
}
