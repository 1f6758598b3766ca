import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkerSearchItem } from '../../../../shared/domain/worker-search';
import { formatDateShort, formatNumberId, formatRupiah } from '../../../../shared/format/id-format';
import { call } from '../../api/client';
import { VirtualList, type Column } from '../../components/virtual-list';
import { useLocale } from '../../i18n/use-locale';
import { useCursorRows } from '../../lib/use-cursor-rows';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { useBannerStore } from '../../stores/banner-store';
import { useNavStore } from '../../stores/nav-store';
import { useWorkerSearchStore } from '../../stores/worker-search-store';

/** People per request: a screenful or two; the list asks for the next page as it scrolls. */
const PAGE = 100;

export function WorkerSearchScreen() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavStore((s) => s.navigate);
  const { query, setQuery } = useWorkerSearchStore();
  const debounced = useDebouncedValue(query.trim(), 300);
  const active = debounced.length >= 2 ? debounced : null;

  const fetchPage = useCallback(
    (cursor: string | undefined) => call('workers-find', { query: active ?? '', limit: PAGE, ...(cursor ? { cursor } : {}) }),
    [active],
  );
  const rows = useCursorRows<WorkerSearchItem>(active, fetchPage);

  useEffect(() => {
    if (rows.error) useBannerStore.getState().show(rows.error);
  }, [rows.error]);

  const open = useCallback((nik: string) => navigate({ name: 'worker-detail', nik }), [navigate]);

  const columns = useMemo<Column<WorkerSearchItem>[]>(
    () => [
      {
        key: 'nik',
        header: t('worker.nik'),
        width: '11rem',
        render: (w) => (
          <button
            type="button"
            className="link mono"
            tabIndex={-1}
            onClick={(e) => {
              e.stopPropagation();
              open(w.nik);
            }}
            data-testid="worker-result-open"
          >
            {w.nik}
          </button>
        ),
      },
      { key: 'name', header: t('worker.name'), width: 'minmax(10rem, 2fr)', render: (w) => w.name },
      { key: 'birth', header: t('worker.birthDate'), width: '7.5rem', render: (w) => formatDateShort(w.birthDate, locale) },
      { key: 'kpj', header: t('workerSearch.kpj'), width: '8rem', render: (w) => <span className="mono">{w.kpj ?? '–'}</span> },
      {
        key: 'employer',
        header: t('workerSearch.employer'),
        width: 'minmax(10rem, 2fr)',
        render: (w) =>
          w.employerName ? (
            <>
              {w.employerName} {w.npp && <span className="muted mono">{w.npp}</span>}
              {w.membershipCount > 1 && <span className="muted"> {t('workerSearch.more', { count: w.membershipCount - 1 })}</span>}
            </>
          ) : (
            <span className="muted">{t('workerSearch.noMembership')}</span>
          ),
      },
      { key: 'wage', header: t('worker.wage'), width: '8.5rem', align: 'end', render: (w) => (w.wage === null ? '–' : formatRupiah(w.wage, locale)) },
      {
        key: 'status',
        header: t('worker.status'),
        width: '6.5rem',
        render: (w) => (w.status ? <span className={`tag tag-${w.status}`}>{t(`status.${w.status}`)}</span> : '–'),
      },
    ],
    [t, locale, open],
  );

  const countText = (): string => {
    if (!active) return t('workerSearch.hint');
    if (rows.count === null) return t('common.loading');
    const n = formatNumberId(rows.count, locale);
    return rows.totalExact ? t('workerSearch.people', { count: rows.count, n }) : t('workerSearch.morePeople', { n, loaded: formatNumberId(rows.loaded, locale) });
  };

  return (
    <section className="screen screen-list" aria-labelledby="worker-search-title">
      <div className="screen-head">
        <h1 id="worker-search-title">{t('workerSearch.title')}</h1>
      </div>
      <form className="toolbar" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field field-grow">
          <label htmlFor="worker-search">{t('workerSearch.label')}</label>
          <input
            id="worker-search"
            type="search"
            autoFocus
            autoComplete="off"
            value={query}
            placeholder={t('workerSearch.placeholder')}
            onChange={(e) => setQuery(e.target.value)}
            data-testid="worker-search"
          />
        </div>
      </form>
      <p className="result-count" aria-live="polite" data-testid="worker-search-count" data-exact={rows.totalExact ? '1' : '0'}>
        {countText()}
      </p>
      {active && !rows.totalExact && (
        <p className="muted" data-testid="worker-search-narrow">
          {t('workerSearch.narrow')}
        </p>
      )}
      {active && (
        <VirtualList
          rows={rows}
          columns={columns}
          label={t('workerSearch.title')}
          emptyText={t('workerSearch.none')}
          loadingText={t('common.loading')}
          onOpen={(w) => open(w.nik)}
          testId="worker-results"
          rowTestId="worker-result"
        />
      )}
    </section>
  );
}
