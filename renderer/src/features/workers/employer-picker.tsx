import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { normaliseNpp, validateNpp } from '../../../../shared/validate/npp';
import { Field, describedBy } from '../../components/field';

/** Enrolment needs an employer: the clerk types its NPP (or opens it from the employer list). */
export function EmployerPicker({ onPick }: { onPick: (npp: string) => void }) {
  const { t } = useTranslation();
  const [npp, setNpp] = useState('');
  const [tried, setTried] = useState(false);
  const issues = npp.trim() || tried ? validateNpp(npp) : [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (validateNpp(npp).length === 0) onPick(normaliseNpp(npp));
  };
  return (
    <form className="form form-narrow" onSubmit={submit} noValidate data-testid="employer-picker">
      <p>{t('enrol.pickIntro')}</p>
      <Field id="pick-npp" name="pick-npp" label={t('employer.npp')} issues={tried ? issues : []}>
        <input
          id="pick-npp"
          value={npp}
          autoFocus
          inputMode="numeric"
          autoComplete="off"
          className="mono"
          onChange={(e) => setNpp(e.target.value)}
          data-testid="field-pick-npp"
          {...describedBy('pick-npp', issues)}
        />
      </Field>
      <div className="submit-bar">
        <button type="submit" className="btn btn-primary" data-testid="pick-submit">
          {t('enrol.pickSubmit')}
        </button>
      </div>
    </form>
  );
}
