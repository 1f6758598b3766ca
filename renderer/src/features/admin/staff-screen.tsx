import { useTranslation } from 'react-i18next';

// Placeholder until the screen is built.
export function StaffScreen() {
  const { t } = useTranslation();
  return (
    <section className="screen">
      <h1>{t('nav.staff')}</h1>
    </section>
  );
}
