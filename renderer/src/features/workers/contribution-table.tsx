import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployerDetail } from '../../../../shared/api/contract';
import type { Membership } from '../../../../shared/domain/worker';
import { formatNumberId, formatPeriod, formatRupiah } from '../../../../shared/format/id-format';
import { computePuContribution, type ContributionBreakdown } from '../../../../shared/rules/contribution';
import { useLocale } from '../../i18n/use-locale';
import { useReferenceStore } from '../../stores/reference-store';

/** Monthly PU contribution for the first month, per program, with the rates and legal basis. */
export function ContributionTable({ employer, membership }: { employer: EmployerDetail; membership: Membership }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const bundle = useReferenceStore((s) => s.bundle);
  const breakdown = useMemo((): ContributionBreakdown | null => {
    if (!bundle) return null;
    try {
      return computePuContribution({
        wage: membership.wage,
        period: membership.startDate.slice(0, 7),
        riskGroup: employer.riskGroup,
        programs: membership.programs,
        caps: bundle.jpWageCaps,
        jkkRates: bundle.jkkRates,
      });
    } catch {
      return null;
    }
  }, [bundle, employer.riskGroup, membership]);

  if (!breakdown) return <p className="muted">{t('enrol.noBreakdown')}</p>;
  const pct = (n: number) => `${formatNumberId(n, locale, 2)} %`;
  return (
    <table className="table contribution" data-testid="contribution-table">
      <caption>{t('contribution.caption', { period: formatPeriod(breakdown.period, locale) })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('contribution.program')}</th>
          <th scope="col" className="cell-end">{t('contribution.base')}</th>
          <th scope="col" className="cell-end">{t('contribution.employer')}</th>
          <th scope="col" className="cell-end">{t('contribution.worker')}</th>
          <th scope="col">{t('contribution.basis')}</th>
        </tr>
      </thead>
      <tbody>
        {breakdown.lines.map((l) => (
          <tr key={l.program} data-testid={`contribution-${l.program}`}>
            <th scope="row">{l.program}</th>
            <td className="cell-end">{formatRupiah(l.base, locale)}</td>
            <td className="cell-end">
              {formatRupiah(l.employer, locale)} <span className="muted">({pct(l.ratePctEmployer)})</span>
            </td>
            <td className="cell-end">
              {l.worker === 0 && l.ratePctWorker === 0 ? (
                '–'
              ) : (
                <>
                  {formatRupiah(l.worker, locale)} <span className="muted">({pct(l.ratePctWorker)})</span>
                </>
              )}
            </td>
            <td className="muted">{l.basis}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('contribution.total')}</th>
          <td />
          <td className="cell-end">{formatRupiah(breakdown.totals.employer, locale)}</td>
          <td className="cell-end">{formatRupiah(breakdown.totals.worker, locale)}</td>
          <td className="cell-end" data-testid="contribution-total">
            <strong>{formatRupiah(breakdown.totals.total, locale)}</strong>
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
