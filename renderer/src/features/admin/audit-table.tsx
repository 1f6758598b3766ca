import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/domain/staff';
import { useLocale } from '../../i18n/use-locale';
import { formatDateTime } from './admin-format';
import { changedCount, detailLines, diffLines, entryLabel } from './audit-diff';
import { auditValue } from './audit-values';

function EntryDetail({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const field = (key: string) => (key ? t(`admin.audit.fields.${key}`, { defaultValue: key }) : '');
  const isRow = entry.before !== null || entry.after !== null;
  const lines = diffLines(entry.before, entry.after);
  const details = detailLines(entry.detail);
  if (isRow) {
    if (lines.length === 0) return <p className="muted">{t('admin.audit.noChange')}</p>;
    const showBefore = entry.before !== null;
    const showAfter = entry.after !== null;
    return (
      <table className="admin-diff" data-testid="audit-diff">
        <thead>
          <tr>
            <th scope="col">{t('admin.audit.field')}</th>
            {showBefore && <th scope="col">{t('admin.audit.before')}</th>}
            {showBefore && showAfter && <th aria-hidden="true" />}
            {showAfter && <th scope="col">{t('admin.audit.after')}</th>}
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.field} data-field={l.field}>
              <th scope="row">{field(l.field)}</th>
              {showBefore && <td className="admin-diff-before">{auditValue(l.field, l.before, locale, t)}</td>}
              {showBefore && showAfter && <td className="admin-diff-arrow" aria-hidden="true">→</td>}
              {showAfter && <td className="admin-diff-after">{auditValue(l.field, l.after, locale, t)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  if (details.length === 0) return <p className="muted">{t('admin.audit.noDetail')}</p>;
  return (
    <dl className="admin-detail" data-testid="audit-detail">
      {details.map(([key, value]) => (
        <div key={key || 'text'}>
          {key && <dt>{field(key)}</dt>}
          <dd>{auditValue(key, value, locale, t)}</dd>
        </div>
      ))}
    </dl>
  );
}

interface Props {
  entries: AuditEntry[];
}

/** One page of the trail; a row opens to the fields it changed, before → after. */
export function AuditTable({ entries }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  // Open rows are kept by entry id, not by page: a list refreshed by a filter (the actor box settles
  // 300 ms after typing) keeps the row the reader just opened.
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <div className="table-wrap">
      <table className="table admin-audit-table" data-testid="audit-table">
        <thead>
          <tr>
            <th scope="col" className="admin-col-toggle">
              <span className="admin-sr-only">{t('admin.audit.show')}</span>
            </th>
            <th scope="col">{t('admin.audit.time')}</th>
            <th scope="col">{t('admin.audit.actor')}</th>
            <th scope="col">{t('admin.audit.action')}</th>
            <th scope="col">{t('admin.audit.what')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const expanded = open.has(e.id);
            const label = entryLabel(e);
            const changed = changedCount(e);
            return (
              <Fragment key={e.id}>
                <tr
                  className={`row-link admin-audit-row admin-action-${e.action}${expanded ? ' is-open' : ''}`}
                  data-testid="audit-row"
                  data-action={e.action}
                  data-entity={e.entity}
                  onClick={() => toggle(e.id)}
                >
                  <td className="admin-col-toggle">
                    <button
                      type="button"
                      className="admin-toggle"
                      aria-expanded={expanded}
                      aria-controls={`audit-detail-${e.id}`}
                      aria-label={expanded ? t('admin.audit.hide') : t('admin.audit.show')}
                      title={expanded ? t('admin.audit.hide') : t('admin.audit.show')}
                      data-testid="audit-toggle"
                      onClick={(ev) => {
                        ev.stopPropagation();
                        toggle(e.id);
                      }}
                    >
                      {expanded ? '▾' : '▸'}
                    </button>
                  </td>
                  <td className="admin-nowrap">{formatDateTime(e.at, locale)}</td>
                  <td className="mono" data-testid="audit-row-actor">
                    {e.actor}
                  </td>
                  <td>
                    <span className={`tag admin-action admin-action-tag-${e.action}`}>{t(`admin.audit.actions.${e.action}`, { defaultValue: e.action })}</span>
                  </td>
                  <td data-testid="audit-what">
                    <span className="admin-entity">{t(`admin.audit.entities.${e.entity}`, { defaultValue: e.entity })}</span>
                    {e.entityId && <span className="mono admin-entity-id">{e.entityId}</span>}
                    {label && <span className="admin-entity-name">{label}</span>}
                    {changed > 0 && (
                      <span className="muted admin-changed">
                        ({diffLines(e.before, e.after)
                          .slice(0, 3)
                          .map((l) => t(`admin.audit.fields.${l.field}`, { defaultValue: l.field }))
                          .join(', ')}
                        {changed > 3 ? ', …' : ''})
                      </span>
                    )}
                  </td>
                </tr>
                {expanded && (
                  <tr className="admin-audit-expanded" id={`audit-detail-${e.id}`}>
                    <td />
                    <td colSpan={4}>
                      <EntryDetail entry={e} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
