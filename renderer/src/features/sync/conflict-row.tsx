import { useTranslation } from 'react-i18next';
import type { SyncConflict } from '../../../../shared/sync/protocol';
import { useLocale } from '../../i18n/use-locale';
import { useNavStore } from '../../stores/nav-store';
import { formatDateTime } from '../admin/admin-format';
import { conflictEntity, conflictField, conflictKey, conflictValue } from './conflict-values';

interface Props {
  conflict: SyncConflict;
  /** Only the branch head settles a conflict; everyone else reads. */
  canResolve: boolean;
  busy: boolean;
  onResolve: (keep: 'local' | 'remote') => void;
}

export function ConflictRow({ conflict: c, canResolve, busy, onResolve }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavStore((s) => s.navigate);
  const field = conflictField(c.field, locale);
  const key = conflictKey(c.entity, c.key);
  const resolved = !!c.resolvedAt;
  const kept = (side: 'local' | 'remote') => (c.resolution === side ? 'sync-kept' : resolved ? 'sync-dropped' : undefined);
  return (
    <tr data-testid="conflict-row" data-id={c.id} data-resolved={resolved ? 'true' : 'false'}>
      <td className="admin-nowrap">{conflictEntity(c.entity, locale)}</td>
      <td className="mono admin-nowrap" data-testid="conflict-key">
        {c.entity === 'worker' ? (
          // The masked NIK alone does not say who it is: the head checks the person before choosing.
          <button type="button" className="link" onClick={() => navigate({ name: 'worker-detail', nik: c.key })} title={t('sync.screen.openPerson', { key })}>
            {key}
          </button>
        ) : (
          key
        )}
      </td>
      <td data-testid="conflict-field">{field}</td>
      <td className={kept('local')} data-testid="conflict-local">
        {conflictValue(c.field, c.local, locale)}
      </td>
      <td className={kept('remote')} data-testid="conflict-remote">
        {conflictValue(c.field, c.remote, locale)}
      </td>
      <td className="mono admin-nowrap">{c.desk}</td>
      <td className="admin-nowrap">{formatDateTime(c.at, locale)}</td>
      <td className="cell-end">
        {resolved ? (
          <span className="muted" data-testid="conflict-resolution">
            {t(c.resolution === 'local' ? 'sync.conflicts.resolvedLocal' : 'sync.conflicts.resolvedRemote', { when: formatDateTime(c.resolvedAt ?? null, locale) })}
          </span>
        ) : (
          canResolve && (
            <div className="conflict-actions">
              <button
                type="button"
                className="btn btn-small"
                disabled={busy}
                onClick={() => onResolve('local')}
                aria-label={`${t('sync.conflicts.keepLocal')}: ${field} ${key}`}
                data-testid="conflict-keep-local"
              >
                {t('sync.conflicts.keepLocal')}
              </button>
              <button
                type="button"
                className="btn btn-small"
                disabled={busy}
                onClick={() => onResolve('remote')}
                aria-label={`${t('sync.conflicts.keepRemote')}: ${field} ${key}`}
                data-testid="conflict-keep-remote"
              >
                {t('sync.conflicts.keepRemote')}
              </button>
            </div>
          )
        )}
      </td>
    </tr>
  );
}
