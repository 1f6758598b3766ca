import { useTranslation } from 'react-i18next';
import type { BusinessScale, ProgramCode } from '../../../../shared/domain/reference';
import { mandatoryPrograms } from '../../../../shared/rules/mandatory-programs';
import type { ValidationIssue } from '../../../../shared/validate/issue';
import { FieldMessages } from '../../components/field-messages';

/** The PU programs a clerk chooses; JKP follows JKK/JKM/JHT without an extra contribution. */
export const PU_PROGRAMS: readonly ProgramCode[] = ['JKK', 'JKM', 'JHT', 'JP'];

interface Props {
  id: string;
  value: readonly ProgramCode[];
  onChange: (programs: ProgramCode[]) => void;
  /** When given, the programs its scale makes mandatory are marked (Perpres 109/2013). */
  scale?: BusinessScale;
  issues?: readonly ValidationIssue[];
  notes?: readonly string[];
  legend: string;
  hint?: string;
}

export function ProgramCheckboxes({ id, value, onChange, scale, issues = [], notes, legend, hint }: Props) {
  const { t } = useTranslation();
  const mandatory = scale ? mandatoryPrograms(scale) : [];
  const toggle = (p: ProgramCode, on: boolean) => {
    const next = on ? [...value, p] : value.filter((x) => x !== p);
    onChange(PU_PROGRAMS.filter((x) => next.includes(x)).concat(next.filter((x) => !PU_PROGRAMS.includes(x))));
  };
  return (
    <fieldset className="field programs" aria-describedby={`${id}-msg`}>
      <legend>{legend}</legend>
      <div className="checks">
        {PU_PROGRAMS.map((p) => (
          <label key={p} className="check" title={t(`program.${p}`)}>
            <input
              type="checkbox"
              checked={value.includes(p)}
              onChange={(e) => toggle(p, e.target.checked)}
              data-testid={`field-program-${p}`}
            />
            <span>{p}</span>
            {mandatory.includes(p) && <span className="badge">{t('employer.mandatory')}</span>}
          </label>
        ))}
      </div>
      {hint && <p className="field-hint">{hint}</p>}
      {scale && (
        <p className="field-hint">
          {t('employer.mandatoryHint', { scale: t(`scale.${scale}`), programs: mandatory.join(', ') })}
        </p>
      )}
      <FieldMessages id={`${id}-msg`} name="programs" issues={issues} notes={notes} />
    </fieldset>
  );
}
