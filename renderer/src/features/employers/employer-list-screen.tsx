import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployerSummary } from '../../../../shared/domain/employer';
import { formatNumberId } from '../../../../shared/format/id-format';
import { call } from '../../api/client';
import type { Column } from '../../components/virtual-list';
import { VirtualList } from '../../components/virtual-list';
import { useLocale } from '../../i18n/use-locale';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { usePagedRows } from '../../lib/use-paged-rows';
import { useEmployerListStore } from '../../stores/employer-list-store';
import { useNavStore } from '../../stores/nav-store';
import { EmployerFilters } from './employer-filters';
import { HeadcountCell } from './headcount-cell';
import { useBannerStore } from '../../stores/banner-store';
import { useSessionStore } from '../../stores/session-store';
import { can } from '../../../../shared/api/permissions';

export function EmployerListScreen() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavStore((s) => s.navigate);
  const mayEnter = useSessionStore((s) => (s.session ? can(s.session.role, 'enter') : false));
  const { query, branchCode, scale, setQuery } = useEmployerListStore();
  const debouncedQuery = useDebouncedValue(query.trim(), 250);
  const listRef = useRef<HTMLDivElement>(null);

  const fetchPage = useCallback(
    (offset: number, limit: number, previous?: EmployerSummary) =>
      call('employers-list', {
        query: debouncedQuery,
        offset,
        limit,
        // Scrolling on: the page after the last row seen, a seek at any depth; a jump: by offset.
        ...(previous ? { after: { name: previous.name, npp: previous.npp } } : {}),
        ...(branchCode ? { branchCode } : {}),
        ...(scale ? { scale } : {}),
      }),
    [debouncedQuery, branchCode, scale],
  );
  const rows = usePagedRows<EmployerSummary>(JSON.stringify([debouncedQuery, branchCode, scale]), fetchPage);

  useEffect(() => {
    if (rows.error) useBannerStore.getState().show(rows.error);
  }, [rows.error]);

  const columns = useMemo<Column<EmployerSummary>[]>(
    () => [
      { key: 'npp', header: t('employer.npp'), width: '7rem', render: (e) => <span className="mono">{e.npp}</span> },
      { key: 'name', header: t('employer.name'), width: 'minmax(12rem, 3fr)', render: (e) => e.name },
      { key: 'regency', header: t('employer.regency'), width: 'minmax(9rem, 1.5fr)', render: (e) => e.regencyName },
      { key: 'scale', header: t('employer.scale'), width: '6.5rem', render: (e) => t(`scale.${e.scale}`) },
      {
        key: 'headcount',
        header: t('employer.activeReported'),
        width: '9.5rem',
        align: 'end',
        render: (e) => <HeadcountCell active={e.activeWorkers} reported={e.reportedHeadcount} />,
      },
    ],
    [t],
  );

  return (
    <section className="screen screen-list" aria-labelledby="employers-title">
      <div className="screen-head">
        <h1 id="employers-title">{t('employers.title')}</h1>
        {mayEnter && (
          <button
            type="button"
            className="btn btn-primary"
            data-testid="employer-new"
            onClick={() => navigate({ name: 'employer-new' })}
          >
            {t('employers.new')}
          </button>
        )}
      </div>
      <div className="toolbar">
        <div className="field field-grow">
          <label htmlFor="employer-search">{t('employers.search')}</label>
          <input
            id="employer-search"
            type="search"
            autoFocus
            value={query}
            placeholder={t('employers.searchPlaceholder')}
            data-testid="employer-search"
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              // From the search box straight into the results.
              if (e.key === 'ArrowDown') {
                e.preventDefault();
                listRef.current?.querySelector<HTMLElement>('[role="listbox"]')?.focus();
              }
            }}
          />
        </div>
        <EmployerFilters />
        <p className="result-count" aria-live="polite" data-testid="employer-total">
          {rows.total === null ? t('common.loading') : t('employers.total', { count: rows.total, n: formatNumberId(rows.total, locale) })}
        </p>
      </div>
      <div className="list-wrap" ref={listRef}>
        <VirtualList
          rows={rows}
          columns={columns}
          label={t('employers.title')}
          emptyText={t('employers.empty')}
          loadingText={t('common.loading')}
          testId="employer-list"
          rowTestId="employer-row"
          onOpen={(e) => navigate({ name: 'employer-detail', npp: e.npp })}
        />
      </div>
      <p className="headcount-legend" data-testid="headcount-legend">
        <span className="headcount is-short">{t('employer.activeReported')}</span> — {t('homeBranch.headcount.legend')}
      </p>
    </section>
  );
}
