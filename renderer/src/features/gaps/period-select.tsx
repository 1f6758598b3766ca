import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPeriod } from '../../../../shared/format/id-format';
import { currentPeriod } from '../../../../shared/gaps/period';
import { FIRST_GAP_PERIOD } from '../../../../shared/rules/gap-periods';
import { useLocale } from '../../i18n/use-locale';


function shift(period: string, months: number): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const d = new Date(y, m - 1 + months, 1);
  return currentPeriod(d);
}

interface Props {
  id: string;
  value: string;
  onChange: (period: string) => void;
  testId: string;
}

/**
 * A contribution month as a plain select ("Maret 2026"), newest first, with previous/next buttons: the
 * browser's own month picker shows the OS locale's month names and is awkward from the keyboard.
 */
export function PeriodSelect({ id, value, onChange, testId }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const latest = currentPeriod(new Date());
  const periods = useMemo(() => {
    const list: string[] = [];
    for (let p = latest; p >= FIRST_GAP_PERIOD; p = shift(p, -1)) list.push(p);
    if (!list.includes(value)) list.unshift(value);
    return list;
  }, [latest, value]);
  const older = shift(value, -1);
  const newer = shift(value, 1);
  return (
    <div className="field period-field">
      <label htmlFor={id}>{t('gaps.period')}</label>
      <div className="period-select">
        <button
          type="button"
          className="btn gap-btn-icon"
          aria-label={formatPeriod(older, locale)}
          title={formatPeriod(older, locale)}
          disabled={older < FIRST_GAP_PERIOD}
          onClick={() => onChange(older)}
        >
          ‹
        </button>
        <select id={id} value={value} data-testid={testId} title={t('gaps.periodHint')} onChange={(e) => onChange(e.target.value)}>
          {periods.map((p) => (
            <option key={p} value={p}>
              {formatPeriod(p, locale)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="btn gap-btn-icon"
          aria-label={formatPeriod(newer, locale)}
          title={formatPeriod(newer, locale)}
          disabled={newer > latest}
          onClick={() => onChange(newer)}
        >
          ›
        </button>
      </div>
    </div>
  );
}
