import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BUSINESS_SCALES, type Branch, type BusinessScale } from '../../../../shared/domain/reference';
import { GAP_CODES, type GapCode } from '../../../../shared/gaps/gap-types';
import { useGapFilterStore, type GapSort } from '../../stores/gap-filter-store';
import { useReferenceStore } from '../../stores/reference-store';
import { GapSearchBox } from './gap-search-box';
import { PeriodSelect } from './period-select';

const NO_BRANCHES: readonly Branch[] = [];

/** Period, branch, regency, kind, scale and sort of the gap workspace. */
export function GapFilters() {
  const { t } = useTranslation();
  const bundle = useReferenceStore((s) => s.bundle);
  const branches = bundle?.branches ?? NO_BRANCHES;
  const f = useGapFilterStore();

  const regencies = useMemo(() => {
    if (!bundle) return [];
    const served = f.branch ? new Set(bundle.branchRegencies.filter((b) => b.branchCode === f.branch).map((b) => b.regencyCode)) : null;
    return bundle.regions.filter((r) => !r.legacy && (!served || served.has(r.code)));
  }, [bundle, f.branch]);

  const filtered = f.branch || f.regencyCode || f.kind || f.scale || f.q;

  return (
    <div className="toolbar gap-toolbar">
      <GapSearchBox />
      <PeriodSelect id="gap-period" value={f.period} onChange={(period) => f.set({ period })} testId="gap-period" />
      <div className="field">
        <label htmlFor="gap-branch">{t('gaps.filterBranch')}</label>
        <select id="gap-branch" value={f.branch} data-testid="gap-filter-branch" onChange={(e) => f.set({ branch: e.target.value })}>
          <option value="">{t('common.all')}</option>
          {branches.map((b) => (
            <option key={b.code} value={b.code}>
              {b.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="gap-regency">{t('gaps.filterRegency')}</label>
        <select id="gap-regency" value={f.regencyCode} data-testid="gap-filter-regency" onChange={(e) => f.set({ regencyCode: e.target.value })}>
          <option value="">{t('common.all')}</option>
          {regencies.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="gap-kind">{t('gaps.filterKind')}</label>
        <select id="gap-kind" value={f.kind} data-testid="gap-filter-kind" onChange={(e) => f.set({ kind: e.target.value as GapCode | '' })}>
          <option value="">{t('common.all')}</option>
          {GAP_CODES.map((c) => (
            <option key={c} value={c}>
              {t(`gaps.kind.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="gap-scale">{t('gaps.filterScale')}</label>
        <select id="gap-scale" value={f.scale} data-testid="gap-filter-scale" onChange={(e) => f.set({ scale: e.target.value as BusinessScale | '' })}>
          <option value="">{t('common.all')}</option>
          {BUSINESS_SCALES.map((s) => (
            <option key={s} value={s}>
              {t(`scale.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field gap-sort-field">
        <label htmlFor="gap-sort">{t('gaps.sort')}</label>
        <select id="gap-sort" value={f.sort} data-testid="gap-sort" onChange={(e) => f.set({ sort: e.target.value as GapSort })}>
          <option value="shortfall">{t('gaps.sortShortfall')}</option>
          <option value="name">{t('gaps.sortName')}</option>
        </select>
      </div>
      {filtered && (
        <button type="button" className="btn btn-quiet gap-reset" onClick={f.reset} data-testid="gap-filter-reset">
          {t('gaps.resetFilters')}
        </button>
      )}
    </div>
  );
}
