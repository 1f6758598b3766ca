import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BUSINESS_SCALES, RISK_GROUPS, type BusinessScale } from '../../../../shared/domain/reference';
import type { ValidationIssue } from '../../../../shared/validate/issue';
import { ApiCallError, call } from '../../api/client';
import { Field, describedBy } from '../../components/field';
import { formKeyHandler } from '../../lib/form-keys';
import { FieldMessages } from '../../components/field-messages';
import { SubmitBar } from '../../components/submit-bar';
import { issuesByField, hasError } from '../../lib/issue-text';
import { useAppInfoStore } from '../../stores/app-info-store';
import { useBannerStore } from '../../stores/banner-store';
import { useEmployerDraftStore } from '../../stores/employer-draft-store';
import { useNavStore } from '../../stores/nav-store';
import { DiscardDialog } from '../../components/discard-dialog';
import { useReferenceStore } from '../../stores/reference-store';
import { ProgramCheckboxes } from './program-checkboxes';
import { RegionSelect } from './region-select';
import { formToEmployerInput, type EmployerField, type EmployerFormValues } from './employer-form-values';
import { validateEmployerForm } from './validate-employer-form';

interface Props {
  draftKey: string;
  mode: 'create' | 'update';
  initial: EmployerFormValues;
}

const FIELD_ORDER: EmployerField[] = ['npp', 'name', 'npwp', 'nib', 'regencyCode', 'address', 'capital', 'annualSales', 'scale', 'riskGroup', 'programs', 'reportedHeadcount', 'jkkRelief'];

export function EmployerForm({ draftKey, mode, initial }: Props) {
  const { t } = useTranslation();
  const navigate = useNavStore((s) => s.navigate);
  const saveDraft = useEmployerDraftStore((s) => s.save);
  const clearDraft = useEmployerDraftStore((s) => s.clear);
  const bundle = useReferenceStore((s) => s.bundle);
  const [values, setValues] = useState(initial);
  const [dirty, setDirty] = useState(false);
  const [touched, setTouched] = useState<Partial<Record<EmployerField, boolean>>>({});
  const [serverIssues, setServerIssues] = useState<Record<string, ValidationIssue[]>>({});
  const [busy, setBusy] = useState(false);

  const live = useMemo(() => validateEmployerForm(values), [values]);
  const issuesFor = (f: EmployerField): ValidationIssue[] => {
    const own = (live[f] ?? []).filter((i) => i.code !== 'FIELD_REQUIRED' || touched[f]);
    return [...own, ...(serverIssues[f] ?? [])];
  };
  const blockedFields = FIELD_ORDER.filter((f) => hasError(live[f]) || hasError(serverIssues[f]));
  const blockers = blockedFields.map((f) => t(`employer.${f}`));

  const branchName = useMemo(() => {
    const link = bundle?.branchRegencies.find((b) => b.regencyCode === values.regencyCode);
    return link ? bundle?.branches.find((b) => b.code === link.branchCode)?.name ?? null : null;
  }, [bundle, values.regencyCode]);

  const set = <F extends EmployerField>(field: F, value: EmployerFormValues[F]) => {
    const next = { ...values, [field]: value };
    setValues(next);
    setDirty(true);
    saveDraft(draftKey, next);
    if (serverIssues[field]) setServerIssues(({ [field]: _gone, ...rest }) => rest);
  };
  const touch = (field: EmployerField) => () => setTouched((s) => ({ ...s, [field]: true }));

  const focusFirstProblem = () => {
    setTouched(Object.fromEntries(FIELD_ORDER.map((f) => [f, true])));
    const first = blockedFields[0];
    if (first) document.getElementById(`employer-${first}`)?.focus();
  };

  const [askDiscard, setAskDiscard] = useState(false);
  const discard = () => {
    clearDraft(draftKey);
    navigate(mode === 'create' ? { name: 'employers' } : { name: 'employer-detail', npp: values.npp });
  };
  // The app's own question, in the app's language (not the browser's window.confirm).
  const cancel = () => (dirty ? setAskDiscard(true) : discard());

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (blockedFields.length > 0) return focusFirstProblem();
    setBusy(true);
    try {
      const saved = await call('employers-save', { mode, employer: formToEmployerInput(values, null) });
      clearDraft(draftKey);
      void useAppInfoStore.getState().refresh();
      navigate({ name: 'employer-detail', npp: saved.npp });
    } catch (err) {
      if (err instanceof ApiCallError && err.issues.length > 0) setServerIssues(issuesByField(err.issues));
      // A taken NPP belongs beside the NPP field, where the clerk fixes it.
      if (err instanceof ApiCallError && err.code === 'EMPLOYER_EXISTS') {
        setServerIssues({ npp: [{ code: err.code, severity: 'error', field: 'npp', params: err.params }] });
      }
      useBannerStore.getState().show(err);
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = formKeyHandler({ cancel, blocked: blockedFields.length > 0, focusFirstProblem });

  const text = (field: 'npp' | 'name' | 'npwp' | 'nib' | 'address' | 'reportedHeadcount' | 'capital' | 'annualSales', extra: object = {}) => ({
    id: `employer-${field}`,
    value: values[field],
    onChange: (e: { target: { value: string } }) => set(field, e.target.value),
    onBlur: touch(field),
    'data-testid': `field-${field}`,
    ...describedBy(`employer-${field}`, issuesFor(field)),
    ...extra,
  });

  return (
    <>
    <DiscardDialog open={askDiscard} onDiscard={discard} onKeep={() => setAskDiscard(false)} />
    <form className="form" onSubmit={submit} onKeyDown={onKeyDown} noValidate data-testid="employer-form">
      <div className="form-grid">
        <Field id="employer-npp" name="npp" label={t('employer.npp')} issues={issuesFor('npp')} required hint={t('employer.nppHint')}>
          <input {...text('npp', { autoFocus: mode === 'create', readOnly: mode === 'update', inputMode: 'numeric', autoComplete: 'off', maxLength: 20 })} />
        </Field>
        <Field id="employer-name" name="name" label={t('employer.name')} issues={issuesFor('name')} required className="span-2">
          <input {...text('name', { autoFocus: mode === 'update', autoComplete: 'off', maxLength: 200 })} />
        </Field>
        <Field id="employer-npwp" name="npwp" label={t('employer.npwp')} issues={issuesFor('npwp')} hint={t('employer.npwpHint')}>
          <input {...text('npwp', { inputMode: 'numeric', autoComplete: 'off', maxLength: 25 })} />
        </Field>
        <Field id="employer-nib" name="nib" label={t('employer.nib')} issues={issuesFor('nib')} hint={t('employer.nibHint')}>
          <input {...text('nib', { inputMode: 'numeric', autoComplete: 'off', maxLength: 20 })} />
        </Field>
        <Field
          id="employer-regencyCode"
          name="regencyCode"
          label={t('employer.regency')}
          issues={issuesFor('regencyCode')}
          required
          hint={branchName ? t('employer.branchHint', { branch: branchName }) : undefined}
        >
          <RegionSelect
            id="employer-regencyCode"
            value={values.regencyCode}
            onChange={(code) => set('regencyCode', code)}
            onBlur={touch('regencyCode')}
            allowLegacy={mode === 'update'}
            issues={issuesFor('regencyCode')}
          />
        </Field>
        <Field id="employer-address" name="address" label={t('employer.address')} issues={issuesFor('address')} className="span-3">
          <input {...text('address', { autoComplete: 'off', maxLength: 500 })} />
        </Field>
        <Field id="employer-capital" name="capital" label={t('employer.capital')} issues={issuesFor('capital')} hint={t('employer.capitalHint')}>
          <input {...text('capital', { inputMode: 'numeric', autoComplete: 'off', maxLength: 25 })} />
        </Field>
        <Field id="employer-annualSales" name="annualSales" label={t('employer.annualSales')} issues={issuesFor('annualSales')}>
          <input {...text('annualSales', { inputMode: 'numeric', autoComplete: 'off', maxLength: 25 })} />
        </Field>
        <Field id="employer-scale" name="scale" label={t('employer.scale')} issues={issuesFor('scale')}>
          <select
            id="employer-scale"
            value={values.scale}
            data-testid="field-scale"
            onChange={(e) => set('scale', e.target.value as BusinessScale)}
          >
            {BUSINESS_SCALES.map((s) => (
              <option key={s} value={s}>
                {t(`scale.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="employer-riskGroup" name="riskGroup" label={t('employer.riskGroup')} issues={issuesFor('riskGroup')}>
          <select
            id="employer-riskGroup"
            value={values.riskGroup}
            data-testid="field-riskGroup"
            onChange={(e) => set('riskGroup', e.target.value)}
          >
            {RISK_GROUPS.map((g) => (
              <option key={g} value={String(g)}>
                {t(`riskGroup.${g}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="employer-reportedHeadcount"
          name="reportedHeadcount"
          label={t('employer.reportedHeadcount')}
          issues={issuesFor('reportedHeadcount')}
          hint={t('employer.reportedHeadcountHint')}
        >
          <input {...text('reportedHeadcount', { inputMode: 'numeric', autoComplete: 'off', maxLength: 7 })} />
        </Field>
        <div className="span-3">
          <ProgramCheckboxes
            id="employer-programs"
            legend={t('employer.programs')}
            value={values.programs}
            scale={values.scale}
            onChange={(p) => set('programs', p)}
            issues={issuesFor('programs')}
          />
        </div>
        <div className="span-3">
          <label className="checkbox" htmlFor="employer-jkkRelief">
            <input
              id="employer-jkkRelief"
              type="checkbox"
              checked={values.jkkRelief}
              data-testid="field-jkkRelief"
              onChange={(e) => set('jkkRelief', e.target.checked)}
            />{' '}
            {t('employer.jkkRelief')}
          </label>
        </div>
      </div>
      <FieldMessages id="employer-form-issues" name="form" issues={serverIssues[''] ?? []} />
      <SubmitBar
        submitLabel={mode === 'create' ? t('employerForm.submitCreate') : t('employerForm.submitUpdate')}
        busy={busy}
        blockers={blockers}
        onCancel={cancel}
        submitTestId="employer-submit"
      />
    </form>
    </>
  );
}
