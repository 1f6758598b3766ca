import { useTranslation } from 'react-i18next';
import type { WorkerDetail } from '../../../../shared/domain/worker';
import { formatPeriod, formatRupiah } from '../../../../shared/format/id-format';
import { useLocale } from '../../i18n/use-locale';

/** Every wage period of every membership, newest first: what the gap engine reads for a past month. */
export function WageHistory({ worker }: { worker: WorkerDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const rows = worker.memberships.flatMap((m) => m.wageHistory.map((p) => ({ ...p, m })));
  if (!rows.length) return null;
  return (
    <>
      <h2 className="section-title">{t('lifecycle.history')}</h2>
      <div className="table-wrap">
        <table className="table" data-testid="wage-history">
          <thead>
            <tr>
              <th scope="col">{t('workerSearch.employer')}</th>
              <th scope="col">{t('lifecycle.historyFrom')}</th>
              <th scope="col" className="cell-end">{t('worker.wage')}</th>
              <th scope="col">{t('lifecycle.historySource')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.m.id}-${r.fromMonth}`} data-testid="wage-period">
                <td>
                  {r.m.employerName} <span className="muted mono">{r.m.npp}</span>
                </td>
                <td>{formatPeriod(r.fromMonth, locale)}</td>
                <td className="cell-end">{formatRupiah(r.wage, locale)}</td>
                <td>
                  {t(`lifecycle.sources.${r.source}`)} <span className="muted">{t('lifecycle.by', { who: r.recordedBy })}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
