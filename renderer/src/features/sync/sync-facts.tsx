import { useTranslation } from 'react-i18next';
import { formatNumberId } from '../../../../shared/format/id-format';
import type { SyncStatus, SyncSummary } from '../../../../shared/sync/protocol';
import { useLocale } from '../../i18n/use-locale';
import { formatDateTime } from '../admin/admin-format';
import { syncErrorText } from './sync-format';

/** What the admin needs to see of this desk's link: who it is on the server, how the last syncs went. */
export function SyncFacts({ status, lastRun }: { status: SyncStatus; lastRun: SyncSummary | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const n = (v: number) => formatNumberId(v, locale);
  const never = t('sync.screen.never');
  return (
    <>
      <h2>{t('sync.screen.state')}</h2>
      <dl className="facts sync-facts" data-testid="sync-facts">
        <div>
          <dt>{t('sync.screen.desk')}</dt>
          <dd data-testid="sync-desk">{status.desk ?? '–'}</dd>
        </div>
        <div>
          <dt>{t('sync.screen.branch')}</dt>
          <dd data-testid="sync-branch">{status.branch === '*' ? t('sync.screen.allBranches') : (status.branch ?? '–')}</dd>
        </div>
        <div>
          <dt>{t('sync.screen.server')}</dt>
          <dd className="mono">{status.serverUrl ?? '–'}</dd>
        </div>
        <div>
          <dt>{t('sync.screen.lastSync')}</dt>
          <dd data-testid="sync-last-success">{status.lastSyncAt ? formatDateTime(status.lastSyncAt, locale) : never}</dd>
        </div>
        <div>
          <dt>{t('sync.screen.lastAttempt')}</dt>
          <dd>{status.lastAttemptAt ? formatDateTime(status.lastAttemptAt, locale) : never}</dd>
        </div>
        <div>
          <dt>{t('sync.screen.pending')}</dt>
          <dd data-testid="sync-facts-pending">{n(status.pending)}</dd>
        </div>
        <div>
          <dt>{t('sync.screen.conflicts')}</dt>
          <dd>{n(status.conflicts)}</dd>
        </div>
        <div className="span-all">
          <dt>{t('sync.screen.lastError')}</dt>
          <dd data-testid="sync-last-error" data-code={status.lastError ?? ''} className={status.lastError ? 'sync-error-text' : undefined}>
            {status.lastError ? syncErrorText(status.lastError, locale, status.desk ? { desk: status.desk } : {}) : t('sync.screen.noError')}
          </dd>
        </div>
      </dl>
      <h2>{t('sync.screen.lastRun')}</h2>
      {lastRun ? (
        <dl className="facts sync-run" data-testid="sync-last-run">
          <div>
            <dt>{t('sync.screen.pushed')}</dt>
            <dd data-testid="sync-run-pushed">{n(lastRun.pushed)}</dd>
          </div>
          <div>
            <dt>{t('sync.screen.pulled')}</dt>
            <dd data-testid="sync-run-pulled">{n(lastRun.pulled)}</dd>
          </div>
          <div>
            <dt>{t('sync.screen.conflicts')}</dt>
            <dd data-testid="sync-run-conflicts">{n(lastRun.conflicts)}</dd>
          </div>
          {!!lastRun.refused && (
            <div>
              <dt>{t('sync.screen.refused')}</dt>
              <dd>{n(lastRun.refused)}</dd>
            </div>
          )}
        </dl>
      ) : (
        <p className="muted" data-testid="sync-no-run">
          {t('sync.screen.noRun')}
        </p>
      )}
    </>
  );
}
