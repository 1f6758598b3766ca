import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissionGuard } from '../admin/use-permission-guard';
import { useSyncStore } from '../../stores/sync-store';
import { SyncFacts } from './sync-facts';
import { SyncForm } from './sync-form';

/** Sinkronisasi (admin): connect this desk to the branch server, and see how its syncs go. */
export function SyncScreen() {
  return usePermissionGuard('accounts') ? <SyncScreenBody /> : null;
}

function SyncScreenBody() {
  const { t } = useTranslation();
  const status = useSyncStore((s) => s.status);
  const lastRun = useSyncStore((s) => s.lastRun);
  const running = useSyncStore((s) => s.running || !!s.status?.running);
  const runNow = useSyncStore((s) => s.runNow);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <section className="screen sync-screen" aria-labelledby="sync-title">
      <div className="screen-head">
        <h1 id="sync-title">{t('sync.screen.title')}</h1>
        {status?.configured && (
          <button type="button" className="btn" onClick={() => void runNow()} disabled={running} data-testid="sync-screen-now">
            {running ? t('sync.bar.running') : t('sync.screen.syncNow')}
          </button>
        )}
      </div>
      <p className="context-line">{t('sync.screen.intro')}</p>
      {notice && (
        <div className="admin-notice" role="status" data-testid="sync-connected">
          <p>{notice}</p>
        </div>
      )}
      {status === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <>
          {/* Once connected, how the syncs go comes first; changing the server is rare. */}
          {status.configured && <SyncFacts status={status} lastRun={lastRun} />}
          {status.configured && <h2>{t('sync.screen.change')}</h2>}
          <SyncForm
            key={status.serverUrl ?? 'new'}
            initialUrl={status.serverUrl ?? ''}
            configured={status.configured}
            onConnected={(desk, branch) => setNotice(t('sync.screen.connected', { desk, branch }))}
          />
        </>
      )}
    </section>
  );
}
