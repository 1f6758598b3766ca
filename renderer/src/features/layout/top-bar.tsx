import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumberId } from '../../../../shared/format/id-format';
import { useLocale } from '../../i18n/use-locale';
import { useAppInfoStore } from '../../stores/app-info-store';
import { SyncIndicator } from '../sync/sync-indicator';
import { LanguageSwitch } from './language-switch';
import { UserMenu } from './user-menu';

export function TopBar() {
  const { t } = useTranslation();
  const locale = useLocale();
  const info = useAppInfoStore((s) => s.info);
  const refresh = useAppInfoStore((s) => s.refresh);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return (
    <header className="top-bar">
      <div className="brand">
        <span className="brand-name">Sigap</span>
        <span className="brand-sub">{t('app.subtitle')}</span>
      </div>
      <dl className="counts" data-testid="app-counts">
        <div>
          <dt>{t('app.counts.employers')}</dt>
          <dd data-testid="count-employers">{info ? formatNumberId(info.counts.employers, locale) : '–'}</dd>
        </div>
        <div>
          <dt>{t('app.counts.workers')}</dt>
          <dd data-testid="count-workers">{info ? formatNumberId(info.counts.workers, locale) : '–'}</dd>
        </div>
        <div>
          <dt>{t('app.counts.active')}</dt>
          <dd data-testid="count-active">{info ? formatNumberId(info.counts.activeMemberships, locale) : '–'}</dd>
        </div>
      </dl>
      <SyncIndicator />
      <LanguageSwitch />
      <UserMenu />
    </header>
  );
}
