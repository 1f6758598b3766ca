import { useTranslation } from 'react-i18next';
import { formatDateShort, formatNumberId } from '../../../../shared/format/id-format';
import { GAP_CODES } from '../../../../shared/gaps/gap-types';
import type { BranchSummary } from '../../../../shared/summary/summary-types';
import { useLocale } from '../../i18n/use-locale';
import { GapsChart, RegistrationsChart } from './summary-charts';
import { rupiah, Table } from './summary-parts';

export function GapsSection({ summary }: { summary: BranchSummary }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const n = (v: number) => formatNumberId(v, locale);
  return (
    <section className="summary-section">
      <h2>{t('summary.sections.gaps')}</h2>
      <div className="summary-side-by-side">
        <Table
          caption={t('summary.tables.gapsByKind')}
          testId="table-gap-kinds"
          head={
            <tr>
              <th>{t('summary.col.kind')}</th>
              <th className="cell-end">{t('summary.col.count')}</th>
              <th className="cell-end">{t('summary.col.shortfall')}</th>
            </tr>
          }
          foot={
            <tr>
              <th>{t('summary.col.total')}</th>
              <td className="cell-end" data-testid="gaps-total-count">{n(summary.gaps.total.count)}</td>
              <td className="cell-end" data-testid="gaps-total-shortfall">{rupiah(summary.gaps.total.shortfall, locale)}</td>
            </tr>
          }
        >
          {GAP_CODES.map((c) => (
            <tr key={c} data-testid={`gap-kind-${c}`}>
              <td>{t(`summary.gap.${c}`)}</td>
              <td className="cell-end">{n(summary.gaps.byKind[c].count)}</td>
              <td className="cell-end">{rupiah(summary.gaps.byKind[c].shortfall, locale)}</td>
            </tr>
          ))}
        </Table>
        <GapsChart summary={summary} />
      </div>
      <Table
        caption={t('summary.tables.gapsByRegency')}
        testId="table-gap-regencies"
        long
        head={
          <tr>
            <th>{t('summary.col.regency')}</th>
            {GAP_CODES.map((c) => (
              <th key={c} className="cell-end">
                {t(`summary.gapShort.${c}`)}
              </th>
            ))}
            <th className="cell-end">{t('summary.col.shortfall')}</th>
          </tr>
        }
      >
        {summary.gaps.byRegency.map((r) => (
          <tr key={r.regencyCode}>
            <td>{r.name}</td>
            {GAP_CODES.map((c) => (
              <td key={c} className="cell-end">
                {n(r.byKind[c].count)}
              </td>
            ))}
            <td className="cell-end">{rupiah(r.total.shortfall, locale)}</td>
          </tr>
        ))}
      </Table>
      <p className="summary-note">{t('summary.notes.shortfall')}</p>
    </section>
  );
}

export function TopSection({ summary }: { summary: BranchSummary }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section className="summary-section">
      <h2>{t('summary.sections.top')}</h2>
      {summary.topEmployers.length === 0 ? (
        <p className="muted">{t('summary.empty.top')}</p>
      ) : (
        <table className="table summary-table summary-top" data-testid="table-top">
          <thead>
            <tr>
              <th className="cell-end">{t('summary.col.no')}</th>
              <th>{t('summary.col.npp')}</th>
              <th>{t('summary.col.name')}</th>
              <th>{t('summary.col.kinds')}</th>
              <th className="cell-end">{t('summary.col.shortfall')}</th>
              <th>{t('summary.col.followUp')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.topEmployers.map((e, i) => (
              <tr key={e.npp ?? `${e.name}-${i}`} data-testid="top-row">
                <td className="cell-end">{i + 1}</td>
                <td className="mono">{e.npp ?? <em>{t('summary.notRegistered')}</em>}</td>
                <td>
                  {e.name}
                  <small className="summary-sub">{e.regencyName}</small>
                </td>
                <td>{e.kinds.map((k) => t(`summary.gapShort.${k}`)).join(', ')}</td>
                <td className="cell-end">{rupiah(e.shortfall, locale)}</td>
                <td>{t(`summary.followUp.${e.followUp}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function ActivitySection({ summary }: { summary: BranchSummary }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const n = (v: number) => formatNumberId(v, locale);
  return (
    <section className="summary-section">
      <h2>{t('summary.sections.activity')}</h2>
      <RegistrationsChart summary={summary} />
      <div className="summary-side-by-side">
        <Table
          caption={t('summary.tables.registrationsBySegment')}
          testId="table-registrations"
          head={
            <tr>
              <th>{t('summary.col.segment')}</th>
              <th className="cell-end">{t('summary.col.registrations')}</th>
            </tr>
          }
          foot={
            <tr>
              <th>{t('summary.col.total')}</th>
              <td className="cell-end">{n(summary.registrations.inPeriod)}</td>
            </tr>
          }
        >
          {summary.registrations.bySegment.map((s) => (
            <tr key={s.segment}>
              <td>{t(`segment.${s.segment}`)}</td>
              <td className="cell-end">{n(s.count)}</td>
            </tr>
          ))}
        </Table>
        <Table
          caption={t('summary.tables.followUps')}
          testId="table-followups"
          head={
            <tr>
              <th>{t('summary.col.status')}</th>
              <th className="cell-end">{t('summary.col.count')}</th>
            </tr>
          }
        >
          {summary.followUps.map((f) => (
            <tr key={f.status}>
              <td>{t(`summary.followUp.${f.status}`)}</td>
              <td className="cell-end">{n(f.count)}</td>
            </tr>
          ))}
        </Table>
      </div>
      {summary.imports.lines.length === 0 ? (
        <p className="muted" data-testid="imports-empty">
          {t('summary.tables.imports')}: {t('summary.empty.imports')}
        </p>
      ) : (
        <Table
          caption={t('summary.tables.imports')}
          testId="table-imports"
          long
          head={
            <tr>
              <th>{t('summary.col.date')}</th>
              <th>{t('summary.col.importKind')}</th>
              <th>{t('summary.col.name')}</th>
              <th>{t('summary.col.file')}</th>
              <th className="cell-end">{t('summary.col.accepted')}</th>
              <th>{t('summary.col.status')}</th>
            </tr>
          }
        >
          {summary.imports.lines.map((i) => (
            <tr key={i.id}>
              <td>{formatDateShort(i.createdAt.slice(0, 10), locale)}</td>
              <td>{t(`summary.importKind.${i.kind}`)}</td>
              <td>{i.npp ? `${i.npp} ${i.employerName ?? ''}` : t('summary.allBranches')}</td>
              <td className="summary-file">{i.fileName}</td>
              <td className="cell-end">{n(i.accepted)}</td>
              <td>{t(i.undone ? 'summary.importStatus.undone' : 'summary.importStatus.kept')}</td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}
