import { Fragment, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../../shared/api/permissions';
import { barShare, niceScaleMax } from '../../../../shared/format/data-scale';
import { formatNumberId, formatPercentId, formatPeriod } from '../../../../shared/format/id-format';
import type { Coverage, CoverageRow } from '../../../../shared/gaps/gap-api-types';
import { call } from '../../api/client';
import { useLocale } from '../../i18n/use-locale';
import { useBannerStore } from '../../stores/banner-store';
import { useGapFilterStore } from '../../stores/gap-filter-store';
import { useReferenceStore } from '../../stores/reference-store';
import { useSessionStore } from '../../stores/session-store';
import { PeriodSelect } from './period-select';
import { WorkforceEditor } from './workforce-editor';

type Level = 'provinces' | 'branches' | 'regencies';
const LEVELS: readonly Level[] = ['provinces', 'branches', 'regencies'];
const COLUMNS = 7;

function PercentCell({ row, scaleMax }: { row: CoverageRow; scaleMax: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (row.percent === null) return <span className="muted">–</span>;
  const over = row.percent > 100;
  return (
    <span
      className={`coverage-pct${row.confirmed ? '' : ' is-estimate'}${over ? ' is-over' : ''}`}
      title={over ? t('gaps.coverage.overHundred') : row.confirmed ? undefined : t('gaps.coverage.estimateNote')}
    >
      <span className="coverage-bar" aria-hidden="true">
        <span style={{ width: `${barShare(row.percent, scaleMax)}%` }} />
      </span>
      <span className="coverage-pct-text" data-testid="coverage-percent">
        {row.confirmed ? '' : '≈ '}
        {formatPercentId(row.percent / 100, locale)}
      </span>
    </span>
  );
}

/** What the bar colours mean and the scale they are drawn on. */
function CoverageLegend({ scaleText }: { scaleText: string }) {
  const { t } = useTranslation();
  return (
    <ul className="coverage-legend" data-testid="coverage-legend">
      <li className="coverage-legend-scale">{t('homeBranch.coverage.axis', { max: scaleText })}</li>
      <li>
        <span className="coverage-swatch" aria-hidden="true" />
        {t('homeBranch.coverage.legendConfirmed')}
      </li>
      <li>
        <span className="coverage-swatch is-estimate" aria-hidden="true" />
        {t('homeBranch.coverage.legendEstimate')}
      </li>
      <li>
        <span className="coverage-swatch is-over" aria-hidden="true" />
        {t('homeBranch.coverage.legendOver')}
      </li>
    </ul>
  );
}

/** Coverage (kepesertaan) by province, branch and regency, with each workforce figure's source and year. */
export function CoverageScreen() {
  const { t } = useTranslation();
  const locale = useLocale();
  const period = useGapFilterStore((s) => s.period);
  const setFilters = useGapFilterStore((s) => s.set);
  const role = useSessionStore((s) => s.session?.role);
  const mayEdit = role ? can(role, 'reference') : false;
  const [level, setLevel] = useState<Level>('regencies');
  const [data, setData] = useState<Coverage | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    call('coverage-get', { period })
      .then((c) => live && setData(c))
      .catch((err: unknown) => live && useBannerStore.getState().show(err));
    return () => {
      live = false;
    };
  }, [period]);

  const regions = useReferenceStore((s) => s.bundle?.regions);
  const served = new Set(regions?.map((r) => r.provinceCode));
  const all = data && data.period === period ? data[level] : null;
  // Provinces outside Kalimantan are in the reference list but not the desk's business.
  const rows =
    level === 'provinces' && all ? all.filter((r) => served.has(r.areaCode) || r.participants > 0 || r.workforce !== null) : all;
  // Branch figures are sums of the regencies they serve: edited there, not here.
  const editable = mayEdit && level !== 'branches';
  const year = Number(period.slice(0, 4));
  // Bars share one scale fitted to the figures shown, so 1–2 % coverage is visible; the header says the scale.
  const scaleMax = niceScaleMax((rows ?? []).map((r) => r.percent ?? 0));
  const scaleText = formatPercentId(scaleMax / 100, locale);

  return (
    <section className="screen coverage-screen" aria-labelledby="coverage-title">
      <div className="screen-head">
        <h1 id="coverage-title">{t('gaps.coverage.title')}</h1>
      </div>
      <p className="context-line">{t('gaps.coverage.intro')}</p>
      <div className="toolbar">
        <PeriodSelect id="coverage-period" value={period} onChange={(p) => setFilters({ period: p })} testId="coverage-period" />
        <div className="field coverage-levels-field">
          <span className="gap-field-label" id="coverage-level-label">
            {t('gaps.coverage.levelLabel')}
          </span>
          <div className="gap-segmented" role="group" aria-labelledby="coverage-level-label">
            {LEVELS.map((l) => (
              <button
                key={l}
                type="button"
                className="btn"
                aria-pressed={level === l}
                data-testid={`coverage-level-${l}`}
                onClick={() => {
                  setLevel(l);
                  setEditing(null);
                }}
              >
                {t(`gaps.coverage.level.${l}`)}
              </button>
            ))}
          </div>
        </div>
        {!mayEdit && <p className="muted coverage-readonly">{t('gaps.coverage.readOnly')}</p>}
      </div>
      {notice && (
        <p className="msg gap-msg-ok" role="status" data-testid="coverage-notice">
          {notice}
        </p>
      )}
      {level === 'branches' && <p className="muted">{t('gaps.coverage.branchSum')}</p>}
      <div className="table-wrap coverage-wrap">
        <table className="table coverage-table" data-testid="coverage-table">
          <caption className="gap-sr-only">
            {t(`gaps.coverage.level.${level}`)} · {formatPeriod(period, locale)}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('gaps.coverage.area')}</th>
              <th scope="col" className="cell-end">{t('gaps.coverage.participants')}</th>
              <th scope="col" className="cell-end">{t('gaps.coverage.workforce')}</th>
              <th scope="col" className="coverage-pct-col">
                {t('gaps.coverage.percent')}
                <span className="coverage-axis" data-testid="coverage-axis" data-max={scaleMax} title={t('homeBranch.coverage.axis', { max: scaleText })}>
                  <span>0</span>
                  <span>{scaleText}</span>
                </span>
              </th>
              <th scope="col">{t('gaps.coverage.source')}</th>
              <th scope="col">{t('gaps.coverage.status')}</th>
              <th scope="col">
                <span className="gap-sr-only">{t('gaps.coverage.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {!rows && (
              <tr>
                <td colSpan={COLUMNS} className="muted">
                  {t('common.loading')}
                </td>
              </tr>
            )}
            {rows?.map((r) =>
              editing === r.areaCode ? (
                <WorkforceEditor
                  key={r.areaCode}
                  row={r}
                  defaultYear={year}
                  colSpan={COLUMNS}
                  onCancel={() => setEditing(null)}
                  onSaved={async (area) => {
                    // The row shows the new figure and percentage before the editor closes.
                    try {
                      setData(await call('coverage-get', { period }));
                    } catch (err) {
                      useBannerStore.getState().show(err);
                    }
                    setEditing(null);
                    setNotice(t('gaps.coverage.saved', { area }));
                  }}
                />
              ) : (
                <Fragment key={r.areaCode}>
                  <tr data-testid="coverage-row" data-area={r.areaCode} className={r.workforce !== null && !r.confirmed ? 'is-estimate' : undefined}>
                    <th scope="row">
                      {r.name} <span className="muted mono coverage-code">{r.areaCode}</span>
                    </th>
                    <td className="cell-end">{formatNumberId(r.participants, locale)}</td>
                    <td className="cell-end coverage-nowrap">
                      {r.workforce === null ? (
                        <span className="muted">{t('gaps.coverage.noFigure')}</span>
                      ) : (
                        <>
                          {formatNumberId(r.workforce, locale)}{' '}
                          <span className="muted" title={t('gaps.coverage.year')}>
                            ({r.workforceYear})
                          </span>
                        </>
                      )}
                    </td>
                    <td>
                      <PercentCell row={r} scaleMax={scaleMax} />
                    </td>
                    <td className="coverage-source" title={r.source ?? undefined}>
                      {r.source ?? <span className="muted">–</span>}
                    </td>
                    <td>
                      {r.workforce === null ? null : r.confirmed ? (
                        <span className="tag tag-aktif">{t('gaps.coverage.confirmed')}</span>
                      ) : (
                        <span className="tag gap-tag-estimate" title={t('gaps.coverage.estimateNote')} data-testid="coverage-estimate">
                          {t('gaps.coverage.estimate')}
                        </span>
                      )}
                    </td>
                    <td className="cell-end">
                      {editable && (
                        <button
                          type="button"
                          className="btn btn-small"
                          aria-label={t('gaps.coverage.editLabel', { area: r.name })}
                          data-testid="workforce-edit-open"
                          onClick={() => {
                            setNotice(null);
                            setEditing(r.areaCode);
                          }}
                        >
                          {t('gaps.coverage.edit')}
                        </button>
                      )}
                    </td>
                  </tr>
                </Fragment>
              ),
            )}
          </tbody>
        </table>
      </div>
      <CoverageLegend scaleText={scaleText} />
    </section>
  );
}
