import { useTranslation } from 'react-i18next';
import { formatNumberId } from '../../../../shared/format/id-format';
import type { BranchSummary } from '../../../../shared/summary/summary-types';
import { useLocale } from '../../i18n/use-locale';
import { CoverageChart } from './summary-charts';
import { rupiah, Percent, SourceYear, Table } from './summary-parts';

export function KeyFigures({ summary }: { summary: BranchSummary }) {
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

export function ParticipantsSection({ summary }: { summary: BranchSummary }) {
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

export function EmployersSection({ summary }: { summary: BranchSummary }) {
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
