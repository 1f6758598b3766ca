import { useTranslation } from 'react-i18next';
import { BUSINESS_SCALES, type Branch, type BusinessScale } from '../../../../shared/domain/reference';
import { useEmployerListStore } from '../../stores/employer-list-store';
import { useReferenceStore } from '../../stores/reference-store';

const NO_BRANCHES: readonly Branch[] = [];

export function EmployerFilters() {
  const { t } = useTranslation();
  const branches = useReferenceStore((s) => s.bundle?.branches) ?? NO_BRANCHES;
  const { branchCode, scale, setBranchCode, setScale } = useEmployerListStore();
  return (
    <>
      <div className="field">
        <label htmlFor="filter-branch">{t('employers.filterBranch')}</label>
        <select
          id="filter-branch"
          value={branchCode}
          data-testid="filter-branch"
          onChange={(e) => setBranchCode(e.target.value)}
        >
          <option value="">{t('common.all')}</option>
          {branches.map((b) => (
            <option key={b.code} value={b.code}>
              {b.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-scale">{t('employers.filterScale')}</label>
        <select
          id="filter-scale"
          value={scale}
          data-testid="filter-scale"
          onChange={(e) => setScale(e.target.value as BusinessScale | '')}
        >
          <option value="">{t('common.all')}</option>
          {BUSINESS_SCALES.map((s) => (
            <option key={s} value={s}>
              {t(`scale.${s}`)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
