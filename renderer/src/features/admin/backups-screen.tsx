import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupFile } from '../../../../shared/domain/backup';
import { formatNumberId } from '../../../../shared/format/id-format';
import { useLocale } from '../../i18n/use-locale';
import { useAdminBackupsStore } from '../../stores/admin-backups-store';
import { formatBytes, formatDateTime } from './admin-format';
import { usePermissionGuard } from './use-permission-guard';
import { RestoreDialog } from './restore-dialog';
import { call } from '../../api/client';
import { JobProgress } from '../jobs/job-progress';

interface Notice {
  text: string;
  extra?: string;
  testId: string;
}

/** Cadangan data (kepala cabang, admin): the backups on this PC, a backup now, and a guarded restore. */
export function BackupsScreen() {
  return usePermissionGuard('backup') ? <BackupsScreenBody /> : null;
}

function BackupsScreenBody() {
  const { t } = useTranslation();
  const locale = useLocale();
  const backups = useAdminBackupsStore((s) => s.backups);
  const busy = useAdminBackupsStore((s) => s.busy);
  const load = useAdminBackupsStore((s) => s.load);
  const create = useAdminBackupsStore((s) => s.create);
  const backupJob = useAdminBackupsStore((s) => s.backupJob);
  const [restoring, setRestoring] = useState<BackupFile | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [fresh, setFresh] = useState<string | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  const backUp = async () => {
    setNotice(null);
    const made = await create();
    if (!made) return;
    setFresh(made.name);
    setNotice({
      text: t('admin.backups.created', { name: made.name, size: formatBytes(made.bytes, locale), folder: made.folder }),
      testId: 'backup-created',
    });
  };

  return (
    <section className="screen" aria-labelledby="backups-title">
      <div className="screen-head">
        <h1 id="backups-title">{t('admin.backups.title')}</h1>
        {backups && <p className="result-count admin-count">{t('admin.backups.count', { count: backups.length, n: formatNumberId(backups.length, locale) })}</p>}
        <button type="button" className="btn btn-primary" onClick={() => void backUp()} disabled={busy !== null} data-testid="backup-create">
          {busy === 'create' ? t('admin.backups.creating') : t('admin.backups.create')}
        </button>
      </div>
      <p className="context-line">{t('admin.backups.intro')}</p>
      {busy === 'create' && backupJob && (
        <JobProgress job={backupJob} onCancel={() => void call('jobs-cancel', { jobId: backupJob.id }).catch(() => undefined)} testId="backup-progress" />
      )}
      {notice && (
        <div className="admin-notice" role="status" data-testid={notice.testId}>
          <p>{notice.text}</p>
          {notice.extra && <p>{notice.extra}</p>}
        </div>
      )}
      <div className="table-wrap">
        <table className="table admin-backups-table" data-testid="backups-table">
          <thead>
            <tr>
              <th scope="col">{t('admin.backups.createdAt')}</th>
              <th scope="col">{t('admin.backups.kind')}</th>
              <th scope="col" className="cell-end">
                {t('admin.backups.size')}
              </th>
              <th scope="col">{t('admin.backups.file')}</th>
              <th scope="col" className="cell-end">
                <span className="admin-sr-only">{t('admin.backups.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups === null && (
              <tr>
                <td colSpan={5} className="muted">
                  {t('common.loading')}
                </td>
              </tr>
            )}
            {backups?.length === 0 && (
              <tr>
                <td colSpan={5} className="muted" data-testid="backups-empty">
                  {t('admin.backups.empty')}
                </td>
              </tr>
            )}
            {backups?.map((b) => (
              <tr key={b.name} data-testid="backup-row" data-name={b.name} data-kind={b.kind} className={b.name === fresh ? 'is-selected' : undefined}>
                <td className="admin-nowrap">{formatDateTime(b.createdAt, locale)}</td>
                <td>
                  <span className={`tag admin-kind-${b.kind}`}>{t(`admin.backups.kinds.${b.kind}`)}</span>
                </td>
                <td className="cell-end admin-nowrap">{formatBytes(b.bytes, locale)}</td>
                <td className="mono admin-file">{b.name}</td>
                <td className="cell-end">
                  <button
                    type="button"
                    className="btn btn-small"
                    disabled={busy !== null}
                    onClick={() => {
                      setNotice(null);
                      setRestoring(b);
                    }}
                    aria-label={`${t('admin.backups.restore')} ${b.name}`}
                    data-testid="backup-restore"
                  >
                    {t('admin.backups.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {restoring && (
        <RestoreDialog
          backup={restoring}
          onClose={() => setRestoring(null)}
          onRestored={(summary) => {
            setRestoring(null);
            setFresh(summary.previousSavedAs);
            setNotice({
              text: t('admin.backups.restored', {
                date: formatDateTime(restoring.createdAt, locale),
                from: summary.restoredFrom,
                employers: formatNumberId(summary.employers, locale),
                workers: formatNumberId(summary.workers, locale),
              }),
              extra: summary.previousSavedAs ? t('admin.backups.previousSaved', { name: summary.previousSavedAs }) : undefined,
              testId: 'backup-restored',
            });
          }}
        />
      )}
    </section>
  );
}
