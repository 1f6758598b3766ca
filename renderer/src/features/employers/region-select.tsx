import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValidationIssue } from '../../../../shared/validate/issue';
import { describedBy } from '../../components/field';
import { useReferenceStore } from '../../stores/reference-store';

interface Props {
  id: string;
  value: string;
  onChange: (code: string) => void;
  onBlur?: () => void;
  /** New entries never get a pre-2012 code; an existing record keeps the one it has. */
  allowLegacy: boolean;
  issues: readonly ValidationIssue[];
}

/** Regencies/cities from the reference data, grouped by province. */
export function RegionSelect({ id, value, onChange, onBlur, allowLegacy, issues }: Props) {
  const { t } = useTranslation();
  const bundle = useReferenceStore((s) => s.bundle);
  const groups = useMemo(() => {
    if (!bundle) return [];
    const regions = bundle.regions.filter((r) => !r.legacy || (allowLegacy && r.code === value));
    return bundle.provinces
      .map((p) => ({ province: p, regions: regions.filter((r) => r.provinceCode === p.code) }))
      .filter((g) => g.regions.length > 0);
  }, [bundle, allowLegacy, value]);

  return (
    <select
      id={id}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onBlur={onBlur}
      data-testid="field-regencyCode"
      {...describedBy(id, issues)}
    >
      <option value="">{bundle ? t('employer.regencyPick') : t('common.loading')}</option>
      {groups.map((g) => (
        <optgroup key={g.province.code} label={g.province.name}>
          {g.regions.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name} ({r.code})
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
