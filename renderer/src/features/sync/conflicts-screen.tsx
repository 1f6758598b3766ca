import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../../shared/api/permissions';
import { formatNumberId } from '../../../../shared/format/id-format';
import { useLocale } from '../../i18n/use-locale';
import { useConflictsStore } from '../../stores/conflicts-store';
import { useSessionStore } from '../../stores/session-store';
import { useSyncStore } from '../../stores/sync-store';
import { ConflictRow } from './conflict-row';
import { conflictField, conflictKey } from './conflict-values';

/** Konflik: what two desks disagree on; the branch head keeps one side, everyone else reads. */
export function ConflictsScreen() {
  const { t } = useTranslation();
  const locale = useLocale();
  const conflicts = useConflictsStore((s) => s.conflicts);
  const includeResolved = useConflictsStore((s) => s.includeResolved);
  const busy = useConflictsStore((s) => s.busy);
  const load = useConflictsStore((s) => s.load);
  const setIncludeResolved = useConflictsStore((s) => s.setIncludeResolved);
  const resolve = useConflictsStore((s) => s.resolve);
  const canResolve = useSessionStore((s) => (s.session ? can(s.session.role, 'sign-off') : false));
  // A sync that brought new conflicts (or closed some at another desk) shows here without leaving the screen.
  const openCount = useSyncStore((s) => s.status?.conflicts);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    void load();
  }, [load, openCount]);

  const onResolve = async (id: string, keep: 'local' | 'remote') => {
    setNotice(null);
    const done = await resolve(id, keep);
    if (done) setNotice(t('sync.conflicts.resolved', { field: conflictField(done.field, locale), key: conflictKey(done.entity, done.key) }));
  };

  const open = conflicts?.filter((c) => !c.resolvedAt).length ?? 0;
  return (
    <section className="screen" aria-labelledby="conflicts-title">
      <div className="screen-head">
        <h1 id="conflicts-title">{t('sync.conflicts.title')}</h1>
        {conflicts && (
          <p className="result-count admin-count" data-testid="conflicts-count" data-open={open}>
            {t('sync.conflicts.count', { count: open, n: formatNumberId(open, locale) })}
          </p>
        )}
        <label className="check-inline">
          <input type="checkbox" checked={includeResolved} onChange={(e) => void setIncludeResolved(e.target.checked)} data-testid="conflicts-show-resolved" />
          {t('sync.conflicts.showResolved')}
        </label>
      </div>
      <p className="context-line">{t('sync.conflicts.intro')}</p>
      {!canResolve && (
        <p className="muted" data-testid="conflicts-read-only">
          {t('sync.conflicts.readOnly')}
        </p>
      )}
      {notice && (
        <div className="admin-notice" role="status" data-testid="conflict-resolved">
          <p>{notice}</p>
        </div>
      )}
      <div className="table-wrap">
        <table className="table conflicts-table" data-testid="conflicts-table">
          <thead>
            <tr>
              <th scope="col">{t('sync.conflicts.entity')}</th>
              <th scope="col">{t('sync.conflicts.key')}</th>
              <th scope="col">{t('sync.conflicts.field')}</th>
              <th scope="col">{t('sync.conflicts.local')}</th>
              <th scope="col">{t('sync.conflicts.remote')}</th>
              <th scope="col">{t('sync.conflicts.desk')}</th>
              <th scope="col">{t('sync.conflicts.at')}</th>
              <th scope="col" className="cell-end">
                {canResolve ? t('sync.conflicts.actions') : <span className="admin-sr-only">{t('sync.conflicts.actions')}</span>}
              </th>
            </tr>
          </thead>
          <tbody>
            {conflicts === null && (
              <tr>
                <td colSpan={8} className="muted">
                  {t('common.loading')}
                </td>
              </tr>
            )}
            {conflicts?.length === 0 && (
              <tr>
                <td colSpan={8} className="muted" data-testid="conflicts-empty">
                  {includeResolved ? t('sync.conflicts.emptyAll') : t('sync.conflicts.empty')}
                </td>
              </tr>
            )}
            {conflicts?.map((c) => (
              <ConflictRow key={c.id} conflict={c} canResolve={canResolve} busy={busy === c.id} onResolve={(keep) => void onResolve(c.id, keep)} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
