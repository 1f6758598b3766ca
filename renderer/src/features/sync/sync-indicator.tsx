import { useTranslation } from 'react-i18next';
import { can } from '../../../../shared/api/permissions';
import { formatNumberId } from '../../../../shared/format/id-format';
import { useLocale } from '../../i18n/use-locale';
import { useNavStore } from '../../stores/nav-store';
import { useSessionStore } from '../../stores/session-store';
import { useSyncStore } from '../../stores/sync-store';
import { formatSyncTime, OFFLINE_CODES, syncErrorText } from './sync-format';
import { useSyncPolling } from './use-sync-polling';

type Connection = 'online' | 'offline' | 'failed' | 'unknown';

/** The top bar's sync state: online or not, when it last synced, what waits to be sent, open conflicts. */
export function SyncIndicator() {
  useSyncPolling();
  const { t } = useTranslation();
  const locale = useLocale();
  const status = useSyncStore((s) => s.status);
  const runningHere = useSyncStore((s) => s.running);
  const runNow = useSyncStore((s) => s.runNow);
  const navigate = useNavStore((s) => s.navigate);
  const role = useSessionStore((s) => s.session?.role);
  if (!status || !role) return null;

  if (!status.configured) {
    // A clerk can do nothing about it; the admin connects the desk, the branch head asks for it.
    if (role !== 'admin' && role !== 'kepala_cabang') return null;
    return (
      <div className="sync-state" data-testid="sync-state" data-configured="false">
        {can(role, 'accounts') ? (
          <button type="button" className="sync-link" onClick={() => navigate({ name: 'sync' })} data-testid="sync-not-configured">
            {t('sync.bar.notConfigured')}
          </button>
        ) : (
          <span data-testid="sync-not-configured">{t('sync.bar.notConfigured')}</span>
        )}
      </div>
    );
  }

  const connection: Connection =
    status.lastError && OFFLINE_CODES.includes(status.lastError) ? 'offline' : status.lastError ? 'failed' : status.online ? 'online' : 'unknown';
  const errorTitle = status.lastError ? syncErrorText(status.lastError, locale, status.desk ? { desk: status.desk } : {}) : undefined;
  const running = runningHere || status.running;

  return (
    <div className="sync-state" role="group" aria-label={t('sync.bar.label')} data-testid="sync-state" data-configured="true" data-connection={connection}>
      {connection !== 'unknown' && (
        <span className={`sync-dot sync-${connection}`} title={errorTitle} data-testid="sync-connection">
          {t(`sync.bar.${connection}`)}
        </span>
      )}
      <span className="sync-when" data-testid="sync-last">
        {status.lastSyncAt ? t('sync.bar.syncedAt', { when: formatSyncTime(status.lastSyncAt, locale) }) : t('sync.bar.neverSynced')}
      </span>
      {status.pending > 0 && (
        <span className="sync-pending" data-testid="sync-pending" data-count={status.pending}>
          {t('sync.bar.pending', { count: status.pending, n: formatNumberId(status.pending, locale) })}
        </span>
      )}
      {status.conflicts > 0 && (
        <button type="button" className="sync-link sync-conflicts" onClick={() => navigate({ name: 'conflicts' })} data-testid="sync-conflicts">
          {t('sync.bar.conflicts', { count: status.conflicts, n: formatNumberId(status.conflicts, locale) })}
        </button>
      )}
      <button type="button" className="btn btn-small sync-now" onClick={() => void runNow()} disabled={running} data-testid="sync-now">
        {running ? t('sync.bar.running') : t('sync.bar.syncNow')}
      </button>
    </div>
  );
}
