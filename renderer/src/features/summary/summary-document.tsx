import { useTranslation } from 'react-i18next';
import { formatDateId, formatDateShort, formatNumberId, formatPercentId, formatPeriod, formatRupiah } from '../../../../shared/format/id-format';
import type { CoverageRow } from '../../../../shared/gaps/gap-api-types';
import { GAP_CODES } from '../../../../shared/gaps/gap-types';
import type { BranchSummary } from '../../../../shared/summary/summary-types';
import { useLocale } from '../../i18n/use-locale';
import { CoverageChart, GapsChart, RegistrationsChart } from './summary-charts';
import { localDay } from './use-print-request';

const rupiah = (n: number, locale: 'id' | 'en') => formatRupiah(Math.round(n), locale);

/** The scope line of the header ("Kantor Cabang Balikpapan · Kalimantan Timur"). */
export function useScopeTitle(summary: BranchSummary): string {
  const { t } = useTranslation();
  const s = summary.scope;
  return s.kind === 'branch' ? `${t('summary.doc.branchScope', { name: s.name })} · ${s.provinceName}` : t('summary.doc.provinceScope', { name: s.name });
}

function Percent({ row }: { row: CoverageRow }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return row.percent === null ? <span className="muted">{t('summary.key.noFigure')}</span> : <>{formatPercentId(row.percent / 100, locale)}</>;
}

function SourceYear({ row }: { row: CoverageRow }) {
  const { t } = useTranslation();
  if (!row.source) return <span className="muted">{t('summary.key.noFigure')}</span>;
  return (
    <>
      {row.source} ({row.workforceYear}){!row.confirmed && <em className="summary-unconfirmed"> · {t('summary.key.unconfirmed')}</em>}
    </>
  );
}

function KeyFigures({ summary }: { summary: BranchSummary }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const area = summary.coverage.area;
  const n = (v: number) => formatNumberId(v, locale);
  return (
    <dl className="summary-keys" data-testid="summary-keys">
      <div>
        <dt>{t('summary.key.participants')}</dt>
        <dd data-testid="key-participants">{n(summary.participants.total)}</dd>
      </div>
      <div>
        <dt>{t('summary.key.coverage')}</dt>
        <dd data-testid="key-coverage">
          <Percent row={area} />
        </dd>
        <small>
          {area.workforce !== null && `${t('summary.key.workforce')}: ${n(area.workforce)}`}
        </small>
      </div>
      <div>
        <dt>{t('summary.key.employers')}</dt>
        <dd data-testid="key-employers">{n(summary.employers.total)}</dd>
      </div>
      <div>
        <dt>{t('summary.key.gaps')}</dt>
        <dd data-testid="key-gaps">{n(summary.gaps.total.count)}</dd>
      </div>
      <div className="summary-key-wide">
        <dt>{t('summary.key.shortfall')}</dt>
        <dd data-testid="key-shortfall">{rupiah(summary.gaps.total.shortfall, locale)}</dd>
      </div>
      <div>
        <dt>{t('summary.key.registrations')}</dt>
        <dd data-testid="key-registrations">{n(summary.registrations.inPeriod)}</dd>
      </div>
      <div>
        <dt>{t('summary.key.imports')}</dt>
        <dd data-testid="key-imports">{n(summary.imports.count)}</dd>
        {summary.imports.undone > 0 && <small>{t('summary.key.undone', { count: summary.imports.undone })}</small>}
      </div>
      <p className="summary-source span-all" data-testid="key-source">
        {t('summary.key.coverage')}: <SourceYear row={area} />
      </p>
    </dl>
  );
}

interface TableProps {
  caption: string;
  testId: string;
  head: React.ReactNode;
  children: React.ReactNode;
  foot?: React.ReactNode;
  /** Short tables stay whole on one page; long ones may break between rows (the head repeats). */
  long?: boolean;
}

function Table({ caption, testId, head, children, foot, long = false }: TableProps) {
  return (
    <table className={`table summary-table${long ? '' : ' summary-keep'}`} data-testid={testId}>
      <caption>{caption}</caption>
      <thead>{head}</thead>
      <tbody>{children}</tbody>
      {foot && <tfoot>{foot}</tfoot>}
    </table>
  );
}

function ParticipantsSection({ summary }: { summary: BranchSummary }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const n = (v: number) => formatNumberId(v, locale);
  const area = summary.coverage.area;
  return (
    <section className="summary-section">
      <h2>{t('summary.sections.participants')}</h2>
      <Table
        caption={t('summary.tables.bySegment')}
        testId="table-segments"
        head={
          <tr>
            <th>{t('summary.col.segment')}</th>
            <th className="cell-end">{t('summary.col.participants')}</th>
          </tr>
        }
        foot={
          <tr>
            <th>{t('summary.col.total')}</th>
            <td className="cell-end">{n(summary.participants.total)}</td>
          </tr>
        }
      >
        {summary.participants.bySegment.map((s) => (
          <tr key={s.segment}>
            <td>{t(`segment.${s.segment}`)}</td>
            <td className="cell-end">{n(s.count)}</td>
          </tr>
        ))}
      </Table>
      <p className="summary-note">{t('summary.notes.segments')}</p>
      <Table
        caption={t('summary.tables.coverageByRegency')}
        testId="table-coverage"
        head={
          <tr>
            <th>{t('summary.col.regency')}</th>
            <th className="cell-end">{t('summary.col.participants')}</th>
            <th className="cell-end">{t('summary.col.workforce')}</th>
            <th className="cell-end">{t('summary.col.coverage')}</th>
          </tr>
        }
        foot={
          <tr>
            <th>{t('summary.col.total')}</th>
            <td className="cell-end">{n(area.participants)}</td>
            <td className="cell-end">{area.workforce === null ? '–' : n(area.workforce)}</td>
            <td className="cell-end">
              <Percent row={area} />
            </td>
          </tr>
        }
      >
        {summary.coverage.regencies.map((r) => (
          <tr key={r.areaCode}>
            <td>{r.name}</td>
            <td className="cell-end">{n(r.participants)}</td>
            <td className="cell-end">{r.workforce === null ? '–' : n(r.workforce)}</td>
            <td className="cell-end">
              <Percent row={r} />
            </td>
          </tr>
        ))}
      </Table>
      <p className="summary-note">
        {t('summary.notes.coverage')} {t('summary.col.sourceYear')}: <SourceYear row={summary.coverage.regencies.find((r) => r.source) ?? area} />
      </p>
      <CoverageChart summary={summary} />
    </section>
  );
}

function EmployersSection({ summary }: { summary: BranchSummary }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const n = (v: number) => formatNumberId(v, locale);
  const sum = (k: 'employers' | 'participants' | 'withGaps') => summary.employers.byScale.reduce((s, r) => s + r[k], 0);
  return (
    <section className="summary-section">
      <h2>{t('summary.sections.employers')}</h2>
      <Table
        caption={t('summary.tables.byScale')}
        testId="table-scales"
        head={
          <tr>
            <th>{t('summary.col.scale')}</th>
            <th className="cell-end">{t('summary.col.employers')}</th>
            <th className="cell-end">{t('summary.col.participants')}</th>
            <th className="cell-end">{t('summary.col.withGaps')}</th>
          </tr>
        }
        foot={
          <tr>
            <th>{t('summary.col.total')}</th>
            <td className="cell-end">{n(sum('employers'))}</td>
            <td className="cell-end">{n(sum('participants'))}</td>
            <td className="cell-end">{n(sum('withGaps'))}</td>
          </tr>
        }
      >
        {summary.employers.byScale.map((r) => (
          <tr key={r.scale}>
            <td>{t(`scale.${r.scale}`)}</td>
            <td className="cell-end">{n(r.employers)}</td>
            <td className="cell-end">{n(r.participants)}</td>
            <td className="cell-end">{n(r.withGaps)}</td>
          </tr>
        ))}
      </Table>
    </section>
  );
}

function GapsSection({ summary }: { summary: BranchSummary }) {
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

function TopSection({ summary }: { summary: BranchSummary }) {
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

function ActivitySection({ summary }: { summary: BranchSummary }) {
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

/** The printable page: the same component on screen, in the print window and in the CLI's PDF. */
export function SummaryDocument({ summary }: { summary: BranchSummary }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const scopeTitle = useScopeTitle(summary);
  return (
    <article className="summary-doc" data-testid="summary-doc" data-scope={summary.scope.code} data-period={summary.period}>
      <header className="summary-head">
        <p className="summary-org">{t('summary.doc.org')}</p>
        <h1>{t('summary.doc.heading')}</h1>
        <p className="summary-scope" data-testid="summary-scope">
          {scopeTitle}
        </p>
        <p className="summary-meta">
          <span data-testid="summary-period">{t('summary.doc.period', { period: formatPeriod(summary.period, locale) })}</span>
          <span>{t('summary.doc.printed', { date: formatDateId(localDay(summary.generatedAt), locale) })}</span>
        </p>
      </header>
      <KeyFigures summary={summary} />
      <ParticipantsSection summary={summary} />
      <EmployersSection summary={summary} />
      <GapsSection summary={summary} />
      <TopSection summary={summary} />
      <ActivitySection summary={summary} />
      <p className="summary-note summary-privacy">{t('summary.doc.noPersonalData')}</p>
    </article>
  );
}
