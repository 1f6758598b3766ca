import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../../shared/api/permissions';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS } from '../../../../shared/i18n/audit-labels';
import type { Page } from '../../../../shared/domain/page';
import type { AuditEntry } from '../../../../shared/domain/staff';
import { formatNumberId } from '../../../../shared/format/id-format';
import { call } from '../../api/client';
import { DateInput } from '../../components/date-input';
import type { DateTextState } from '../../components/date-text';
import { useLocale } from '../../i18n/use-locale';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { useAdminAuditStore } from '../../stores/admin-audit-store';
import { useBannerStore } from '../../stores/banner-store';
import { useSessionStore } from '../../stores/session-store';
import { localDayStartIso } from './admin-format';
import { usePermissionGuard } from './use-permission-guard';
import { AuditTable } from './audit-table';
import { downloadFile } from '../../lib/download-file';

export const AUDIT_PAGE_SIZE = 50;

// The filter offers every action and entity the trail has words for (shared/i18n/audit-labels).
const ACTIONS = Object.keys(AUDIT_ACTION_LABELS.id);
const ENTITIES = Object.keys(AUDIT_ENTITY_LABELS.id);

/** Jejak audit (kepala cabang, admin): who did what and when, filtered, paged, and exported to Excel. */
export function AuditScreen() {
  return usePermissionGuard('audit') ? <AuditScreenBody /> : null;
}

function AuditScreenBody() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { filters, offset, setFilter, clear, setOffset } = useAdminAuditStore();
  const actor = useDebouncedValue(filters.actor.trim(), 300);
  const [page, setPage] = useState<Page<AuditEntry> | null>(null);
  const [loading, setLoading] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const rangeInvalid = Boolean(filters.since && filters.until && filters.until < filters.since);
  // A day typed that is not a date: its text stays, and the trail is not listed as if that end were open.
  const [unreadable, setUnreadable] = useState({ since: false, until: false });
  const [left, setLeft] = useState({ since: false, until: false });
  // Clearing remounts the date fields, so text that never became a filter value is cleared too.
  const [cleared, setCleared] = useState(0);
  const blocked = rangeInvalid || unreadable.since || unreadable.until;
  const setDay = (key: 'since' | 'until') => (value: string, state: DateTextState) => {
    setUnreadable((u) => ({ ...u, [key]: state === 'invalid' }));
    setLeft((l) => ({ ...l, [key]: false }));
    setFilter(key, value);
  };
  const leave = (key: 'since' | 'until') => () => setLeft((l) => ({ ...l, [key]: true }));
  // Said once the clerk leaves the field, not at the first digit typed.
  const unreadableShown = (unreadable.since && left.since) || (unreadable.until && left.until);
  const clearAll = () => {
    clear();
    setUnreadable({ since: false, until: false });
    setCleared((n) => n + 1);
  };

  // The picked days are the desk's local days; the trail is stored in UTC.
  const query = useMemo(
    () => ({
      since: localDayStartIso(filters.since),
      until: localDayStartIso(filters.until, 1),
      actor: actor || undefined,
      action: filters.action || undefined,
      entity: filters.entity || undefined,
    }),
    [filters.since, filters.until, actor, filters.action, filters.entity],
  );

  useEffect(() => {
    if (blocked) return;
    let live = true;
    setLoading(true);
    call('audit-list', { ...query, offset, limit: AUDIT_PAGE_SIZE })
      .then((p) => {
        if (live) setPage(p);
      })
      .catch((err: unknown) => useBannerStore.getState().show(err))
      .finally(() => {
        if (live) setLoading(false);
      });
    return () => {
      live = false;
    };
  }, [query, offset, blocked]);

  const exportFile = async () => {
    setExporting(true);
    setNotice(null);
    try {
      const file = await call('audit-export', query);
      downloadFile(file);
      const n = (v: number) => formatNumberId(v, locale);
      setNotice(
        file.rows < file.total
          ? t('admin.audit.exportCapped', { rows: n(file.rows), total: n(file.total) })
          : t('admin.audit.exported', { rows: n(file.rows), file: file.fileName }),
      );
    } catch (err) {
      useBannerStore.getState().show(err);
    } finally {
      setExporting(false);
    }
  };

  // The trail holds NIKs and wages: only the branch head takes it out of the app.
  const mayExport = useSessionStore((s) => (s.session ? can(s.session.role, 'personal-export') : false));
  const total = page?.total ?? 0;
  const hasFilter = Object.values(filters).some(Boolean) || unreadable.since || unreadable.until;
  const n = (v: number) => formatNumberId(v, locale);

  return (
    <section className="screen admin-audit" aria-labelledby="audit-title">
      <div className="screen-head">
        <h1 id="audit-title">{t('admin.audit.title')}</h1>
        {mayExport && (
          <button type="button" className="btn btn-primary" onClick={() => void exportFile()} disabled={exporting || blocked} data-testid="audit-export">
            {exporting ? t('admin.audit.exporting') : t('admin.audit.export')}
          </button>
        )}
      </div>
      <p className="context-line">{t('admin.audit.intro')}</p>
      <div className="toolbar admin-audit-filters" role="search" aria-label={t('admin.audit.title')}>
        <div className="field">
          <label htmlFor="audit-since">{t('admin.audit.since')}</label>
          <DateInput
            key={`since-${cleared}`}
            id="audit-since"
            value={filters.since}
            max={filters.until || undefined}
            onValueChange={setDay('since')}
            onBlur={leave('since')}
            aria-describedby="audit-dates-msg"
            data-testid="audit-since"
          />
        </div>
        <div className="field">
          <label htmlFor="audit-until">{t('admin.audit.until')}</label>
          <DateInput
            key={`until-${cleared}`}
            id="audit-until"
            value={filters.until}
            min={filters.since || undefined}
            onValueChange={setDay('until')}
            onBlur={leave('until')}
            aria-invalid={rangeInvalid || undefined}
            aria-describedby="audit-dates-msg"
            data-testid="audit-until"
          />
        </div>
        <div className="field">
          <label htmlFor="audit-actor">{t('admin.audit.actor')}</label>
          <input
            id="audit-actor"
            type="search"
            spellCheck={false}
            autoComplete="off"
            placeholder={t('admin.audit.actorPlaceholder')}
            value={filters.actor}
            onChange={(e) => setFilter('actor', e.target.value)}
            data-testid="audit-actor"
          />
        </div>
        <div className="field">
          <label htmlFor="audit-action">{t('admin.audit.action')}</label>
          <select id="audit-action" value={filters.action} onChange={(e) => setFilter('action', e.target.value)} data-testid="audit-action">
            <option value="">{t('common.all')}</option>
            {ACTIONS.map((a) => (
              <option key={a} value={a}>
                {t(`admin.audit.actions.${a}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-entity">{t('admin.audit.entity')}</label>
          <select id="audit-entity" value={filters.entity} onChange={(e) => setFilter('entity', e.target.value)} data-testid="audit-entity">
            <option value="">{t('common.all')}</option>
            {ENTITIES.map((en) => (
              <option key={en} value={en}>
                {t(`admin.audit.entities.${en}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="btn btn-quiet" onClick={clearAll} disabled={!hasFilter} data-testid="audit-clear">
          {t('admin.audit.clear')}
        </button>
      </div>
      <div id="audit-dates-msg">
        {unreadableShown && (
          <p className="msg msg-error" role="alert" data-testid="audit-date-invalid">
            {t('issues.DATE_INVALID')}
          </p>
        )}
        {rangeInvalid && (
          <p className="msg msg-error" role="alert" data-testid="audit-range-invalid">
            {t('admin.audit.rangeInvalid')}
          </p>
        )}
      </div>
      {notice && (
        <p className="admin-notice" role="status" data-testid="audit-notice">
          {notice}
        </p>
      )}
      <div className="admin-pager" aria-live="polite">
        <p className="result-count" data-testid="audit-total" data-total={page?.total ?? ''} data-loading={loading}>
          {page === null ? t('common.loading') : t('admin.audit.count', { count: total, n: n(total) })}
          {loading && page !== null && <span className="muted"> · {t('common.loading')}</span>}
        </p>
        {total > AUDIT_PAGE_SIZE && (
          <div className="admin-pager-buttons">
            <span className="result-count">
              {t('admin.audit.range', { from: n(offset + 1), to: n(Math.min(offset + AUDIT_PAGE_SIZE, total)), total: n(total) })}
            </span>
            <button type="button" className="btn btn-small" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - AUDIT_PAGE_SIZE))} data-testid="audit-prev">
              {t('admin.audit.prev')}
            </button>
            <button type="button" className="btn btn-small" disabled={offset + AUDIT_PAGE_SIZE >= total} onClick={() => setOffset(offset + AUDIT_PAGE_SIZE)} data-testid="audit-next">
              {t('admin.audit.next')}
            </button>
          </div>
        )}
      </div>
      {page && page.items.length > 0 && <AuditTable entries={page.items} />}
      {page && page.items.length === 0 && !blocked && (
        <p className="admin-empty" data-testid="audit-empty">
          {t('admin.audit.empty')}
        </p>
      )}
    </section>
  );
}
