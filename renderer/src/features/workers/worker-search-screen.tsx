import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateShort, formatRupiah } from '../../../../shared/format/id-format';
import { useLocale } from '../../i18n/use-locale';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { useNavStore } from '../../stores/nav-store';
import { useWorkerSearchStore } from '../../stores/worker-search-store';

export function WorkerSearchScreen() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavStore((s) => s.navigate);
  const { query, searched, results, loading, setQuery, search } = useWorkerSearchStore();
  const debounced = useDebouncedValue(query, 300);

  useEffect(() => {
    void search(debounced);
  }, [debounced, search]);

  const open = (nik: string) => navigate({ name: 'worker-detail', nik });

  return (
    <section className="screen" aria-labelledby="worker-search-title">
      <div className="screen-head">
        <h1 id="worker-search-title">{t('workerSearch.title')}</h1>
      </div>
      <form
        className="toolbar"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          void search(query);
        }}
      >
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
        <button type="submit" className="btn btn-primary" data-testid="worker-search-submit">
          {t('workerSearch.submit')}
        </button>
      </form>
      <p className="result-count" aria-live="polite" data-testid="worker-search-count">
        {loading
          ? t('common.loading')
          : searched.length >= 2
            ? t('workerSearch.count', { count: results.length })
            : t('workerSearch.hint')}
      </p>
      {results.length > 0 && (
        <div className="table-wrap">
          <table className="table" data-testid="worker-results">
            <thead>
              <tr>
                <th scope="col">{t('worker.nik')}</th>
                <th scope="col">{t('worker.name')}</th>
                <th scope="col">{t('worker.birthDate')}</th>
                <th scope="col">{t('workerSearch.employer')}</th>
                <th scope="col" className="cell-end">{t('worker.wage')}</th>
                <th scope="col">{t('worker.status')}</th>
              </tr>
            </thead>
            <tbody>
              {results.map((w) => (
                <tr key={`${w.nik}-${w.source ?? 'pu'}-${w.membershipId}`} className="row-link" data-testid="worker-result" onClick={() => open(w.nik)}>
                  <td className="mono">
                    <button type="button" className="link" onClick={() => open(w.nik)} data-testid="worker-result-open">
                      {w.nik}
                    </button>
                  </td>
                  <td>{w.name}</td>
                  <td>{formatDateShort(w.birthDate, locale)}</td>
                  <td>
                    {w.employerName} <span className="muted mono">{w.npp}</span>
                  </td>
                  <td className="cell-end">{formatRupiah(w.wage, locale)}</td>
                  <td>
                    <span className={`tag tag-${w.status}`}>{t(`status.${w.status}`)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
