import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Staff } from '../../../../shared/domain/staff';
import { formatNumberId } from '../../../../shared/format/id-format';
import { useLocale } from '../../i18n/use-locale';
import { useAdminStaffStore } from '../../stores/admin-staff-store';
import { useReferenceStore } from '../../stores/reference-store';
import { useSessionStore } from '../../stores/session-store';
import { formatDateTime } from './admin-format';
import { usePermissionGuard } from './use-permission-guard';
import { StaffForm } from './staff-form';

type Editing = { kind: 'none' } | { kind: 'create' } | { kind: 'edit'; staff: Staff };

/** Pengguna (admin): the accounts, a new one, and changes to one. */
export function StaffScreen() {
  return usePermissionGuard('accounts') ? <StaffScreenBody /> : null;
}

function StaffScreenBody() {
  const { t } = useTranslation();
  const locale = useLocale();
  const staff = useAdminStaffStore((s) => s.staff);
  const load = useAdminStaffStore((s) => s.load);
  const me = useSessionStore((s) => s.session?.username.toLowerCase());
  const branches = useReferenceStore((s) => s.bundle?.branches);
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [notice, setNotice] = useState<string | null>(null);
  const now = new Date().toISOString();

  useEffect(() => {
    void load();
  }, [load]);

  const open = (next: Editing) => {
    setNotice(null);
    setEditing(next);
  };

  return (
    <section className="screen" aria-labelledby="staff-title">
      <div className="screen-head">
        <h1 id="staff-title">{t('admin.staff.title')}</h1>
        {staff && <p className="result-count admin-count">{t('admin.staff.count', { count: staff.length, n: formatNumberId(staff.length, locale) })}</p>}
        <button type="button" className="btn btn-primary" onClick={() => open({ kind: 'create' })} disabled={editing.kind === 'create'} data-testid="staff-add">
          {t('admin.staff.add')}
        </button>
      </div>
      <p className="context-line">{t('admin.staff.intro')}</p>
      {notice && (
        <p className="admin-notice" role="status" data-testid="staff-notice">
          {notice}
        </p>
      )}
      {editing.kind !== 'none' && (
        <StaffForm
          key={editing.kind === 'edit' ? editing.staff.username : 'new'}
          editing={editing.kind === 'edit' ? editing.staff : null}
          onCancel={() => setEditing({ kind: 'none' })}
          onDone={(message) => {
            setEditing({ kind: 'none' });
            setNotice(message);
          }}
        />
      )}
      <div className="table-wrap">
        <table className="table admin-staff-table" data-testid="staff-table">
          <thead>
            <tr>
              <th scope="col">{t('admin.staff.username')}</th>
              <th scope="col">{t('admin.staff.displayName')}</th>
              <th scope="col">{t('admin.staff.role')}</th>
              <th scope="col">{t('homeBranch.staff.column')}</th>
              <th scope="col">{t('admin.staff.status')}</th>
              <th scope="col">{t('admin.staff.lockedUntil')}</th>
              <th scope="col" className="cell-end">
                <span className="admin-sr-only">{t('admin.staff.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {staff === null && (
              <tr>
                <td colSpan={7} className="muted">
                  {t('common.loading')}
                </td>
              </tr>
            )}
            {staff?.length === 0 && (
              <tr>
                <td colSpan={7} className="muted">
                  {t('admin.staff.empty')}
                </td>
              </tr>
            )}
            {staff?.map((s) => {
              const locked = s.lockedUntil && s.lockedUntil > now ? s.lockedUntil : null;
              const isEditing = editing.kind === 'edit' && editing.staff.username === s.username;
              return (
                <tr key={s.username} data-testid="staff-row" data-username={s.username} className={isEditing ? 'is-selected' : undefined}>
                  <td className="mono">{s.username}</td>
                  <td>
                    {s.displayName}
                    {me === s.username.toLowerCase() && <span className="badge admin-you">{t('admin.staff.you')}</span>}
                  </td>
                  <td>{t(`auth.role.${s.role}`)}</td>
                  <td data-testid="staff-home-branch">
                    {s.homeBranch ? (branches?.find((b) => b.code === s.homeBranch)?.name ?? s.homeBranch) : <span className="muted">–</span>}
                  </td>
                  <td>
                    <span className={`tag ${s.active ? 'tag-aktif' : 'tag-nonaktif'}`}>{s.active ? t('admin.staff.active') : t('admin.staff.inactive')}</span>
                  </td>
                  <td>{locked ? <span className="tag tag-locked">{formatDateTime(locked, locale)}</span> : <span className="muted">{t('admin.staff.notLocked')}</span>}</td>
                  <td className="cell-end">
                    <button
                      type="button"
                      className="btn btn-small"
                      onClick={() => open({ kind: 'edit', staff: s })}
                      aria-label={`${t('admin.staff.edit')} ${s.username}`}
                      data-testid={`staff-edit-${s.username}`}
                    >
                      {t('admin.staff.edit')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
