import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DiscardDialog } from '../../components/discard-dialog';
import type { EmployerDetail } from '../../../../shared/api/contract';
import type { Membership, Segment } from '../../../../shared/domain/worker';
import { formatDateId, formatRupiah } from '../../../../shared/format/id-format';
import type { ValidationIssue } from '../../../../shared/validate/issue';
import { decodeNik, normaliseNik } from '../../../../shared/validate/nik';
import { ApiCallError, call } from '../../api/client';
import { DateInput } from '../../components/date-input';
import type { DateTextState } from '../../components/date-text';
import { Field, describedBy } from '../../components/field';
import { formKeyHandler } from '../../lib/form-keys';
import { FieldMessages } from '../../components/field-messages';
import { SubmitBar } from '../../components/submit-bar';
import { useLocale } from '../../i18n/use-locale';
import { todayIso } from '../../lib/dates';
import { hasError, issuesByField } from '../../lib/issue-text';
import { parseRupiahInput } from '../../lib/rupiah-input';
import { useAppInfoStore } from '../../stores/app-info-store';
import { useBannerStore } from '../../stores/banner-store';
import { useEnrolDraftStore } from '../../stores/enrol-draft-store';
import { useReferenceStore } from '../../stores/reference-store';
import { ProgramCheckboxes } from '../employers/program-checkboxes';
import { emptyEnrolForm, formToEnrolment, type EnrolField, type EnrolFormValues } from './enrol-form-values';
import { KnownPerson } from './known-person';
import { NikDecoded } from './nik-decoded';
import { useNikCheck } from './use-nik-check';
import { validateEnrolForm } from './validate-enrol-form';
import { programList } from '../../lib/programs';

interface Props {
  employer: EmployerDetail;
  onEnrolled: (membership: Membership, values: EnrolFormValues) => void;
  onCancel: () => void;
}

const FIELD_ORDER: EnrolField[] = ['nik', 'name', 'birthDate', 'gender', 'kpj', 'phone', 'segment', 'wage', 'startDate', 'programs'];
const SEGMENTS: Segment[] = ['PU', 'BPU', 'JAKON'];
type DateField = 'birthDate' | 'startDate';

export function EnrolForm({ employer, onEnrolled, onCancel }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const npp = employer.npp;
  const draft = useEnrolDraftStore((s) => s.drafts[npp]);
  const saveDraft = useEnrolDraftStore((s) => s.save);
  const clearDraft = useEnrolDraftStore((s) => s.clear);
  const minimumWages = useReferenceStore((s) => s.bundle?.minimumWages ?? null);
  const [values, setValues] = useState<EnrolFormValues>(() => draft ?? emptyEnrolForm(employer));
  const [touched, setTouched] = useState<Partial<Record<EnrolField, boolean>>>({});
  const [nikFocused, setNikFocused] = useState(true);
  const [serverIssues, setServerIssues] = useState<Record<string, ValidationIssue[]>>({});
  const [busy, setBusy] = useState(false);
  // Date fields whose text is not a date: the text stays in the field, the value is '' and the field says why.
  const [unreadable, setUnreadable] = useState<Partial<Record<DateField, boolean>>>({});

  const nik = normaliseNik(values.nik);
  const info = useMemo(() => decodeNik(nik), [nik]);
  const check = useNikCheck(nik, info !== null, npp);
  const live = useMemo(
    () => validateEnrolForm(values, { employer, minimumWages, locale, today: todayIso(), unreadable }),
    [values, employer, minimumWages, locale, unreadable],
  );

  const update = (next: EnrolFormValues) => {
    setValues(next);
    saveDraft(npp, next);
  };
  const set = <F extends EnrolField>(field: F, value: EnrolFormValues[F]) => {
    const autoFilled = { ...values.autoFilled, [field]: false };
    update({ ...values, [field]: value, autoFilled });
    if (serverIssues[field]) setServerIssues(({ [field]: _gone, ...rest }) => rest);
  };

  // Prefill from the NIK (birth date, gender) and from the person already known (name too), but never
  // over something the clerk typed themselves.
  useEffect(() => {
    const known = info ? (check?.known ?? null) : null;
    const canFill = (f: 'name' | 'birthDate' | 'gender') => values[f] === '' || values.autoFilled[f] === true;
    const next = { ...values, autoFilled: { ...values.autoFilled } };
    let changed = false;
    const fill = <F extends 'name' | 'birthDate' | 'gender'>(f: F, v: EnrolFormValues[F] | undefined) => {
      if (!canFill(f)) return;
      // What an earlier NIK filled in does not belong to this one: clear it rather than keep a stranger's name.
      if (v === undefined) {
        if (values.autoFilled[f] && values[f] !== '') {
          next[f] = '' as EnrolFormValues[F];
          next.autoFilled[f] = false;
          changed = true;
        }
        return;
      }
      if (values[f] === v) return;
      next[f] = v;
      next.autoFilled[f] = true;
      changed = true;
    };
    fill('name', known?.name);
    fill('birthDate', known?.birthDate ?? info?.birthDate);
    fill('gender', known?.gender ?? info?.gender);
    if (changed) update(next);
    // Runs only when the NIK or the look-up changes: re-running on every keystroke elsewhere would refill cleared fields.
  }, [info, check]);

  // While the NIK is still being typed, "not 16 digits yet" is not news.
  const stillTyping = nikFocused && /^\d{0,15}$/.test(nik) && !touched.nik;
  const shown = (f: EnrolField): ValidationIssue[] => {
    let own = (live[f] ?? []).filter((i) => (i.code !== 'FIELD_REQUIRED' && i.code !== 'DATE_INVALID') || touched[f]);
    if (f === 'nik' && stillTyping) own = own.filter((i) => i.code !== 'NIK_FORMAT');
    return [...own, ...(serverIssues[f] ?? [])];
  };
  const blockedFields = FIELD_ORDER.filter((f) => hasError(live[f]) || hasError(serverIssues[f]));
  const blockers = blockedFields.map((f) => t(`worker.${f}`));
  const wageValue = parseRupiahInput(values.wage);

  const touch = (f: EnrolField) => () => setTouched((s) => ({ ...s, [f]: true }));
  const focusFirstProblem = () => {
    setTouched(Object.fromEntries(FIELD_ORDER.map((f) => [f, true])));
    const first = blockedFields[0];
    if (first) document.getElementById(`enrol-${first}`)?.focus();
  };

  const [askDiscard, setAskDiscard] = useState(false);
  const discard = () => {
    clearDraft(npp);
    onCancel();
  };
  const cancel = () => {
    const dirty = values.nik !== '' || values.name !== '' || values.wage !== '';
    if (dirty) setAskDiscard(true);
    else discard();
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (blockedFields.length > 0) return focusFirstProblem();
    setBusy(true);
    try {
      const membership = await call('workers-enrol', formToEnrolment(values, npp));
      clearDraft(npp);
      void useAppInfoStore.getState().refresh();
      onEnrolled(membership, values);
    } catch (err) {
      if (err instanceof ApiCallError && err.issues.length > 0) setServerIssues(issuesByField(err.issues));
      if (err instanceof ApiCallError && err.code === 'ALREADY_ENROLLED') {
        setServerIssues({ nik: [{ code: err.code, severity: 'error', field: 'nik', params: err.params }] });
      }
      useBannerStore.getState().show(err);
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = formKeyHandler({ cancel, blocked: blockedFields.length > 0, focusFirstProblem });

  const common = (f: 'nik' | 'name' | 'kpj' | 'phone' | 'wage' | DateField) => ({
    id: `enrol-${f}`,
    value: values[f],
    onBlur: touch(f),
    autoComplete: 'off',
    'data-testid': `field-${f}`,
    ...describedBy(`enrol-${f}`, shown(f)),
  });
  const input = (f: 'nik' | 'name' | 'kpj' | 'phone' | 'wage', extra: object = {}) => ({
    ...common(f),
    onChange: (e: { target: { value: string } }) => set(f, e.target.value),
    ...extra,
  });
  const dateInput = (f: DateField) => ({
    ...common(f),
    onValueChange: (value: string, state: DateTextState) => {
      setUnreadable((s) => ({ ...s, [f]: state === 'invalid' }));
      set(f, value);
    },
  });

  return (
    <>
    <DiscardDialog open={askDiscard} onDiscard={discard} onKeep={() => setAskDiscard(false)} />
    <form className="form" onSubmit={submit} onKeyDown={onKeyDown} noValidate data-testid="enrol-form">
      <div className="form-grid">
        <Field id="enrol-nik" name="nik" label={t('worker.nik')} issues={shown('nik')} required className="span-2">
          <input
            {...input('nik', { autoFocus: true, inputMode: 'numeric', maxLength: 24, className: 'mono' })}
            onFocus={() => setNikFocused(true)}
            onBlur={() => {
              setNikFocused(false);
              if (nik !== '') setTouched((s) => ({ ...s, nik: true }));
            }}
          />
        </Field>
        <div className="span-1 nik-side">
          <NikDecoded digits={nik} info={info} />
        </div>
        {check?.known && (
          <div className="span-3">
            <KnownPerson person={check.known} npp={npp} />
          </div>
        )}
        <Field id="enrol-name" name="name" label={t('worker.name')} issues={shown('name')} required className="span-2">
          <input {...input('name', { maxLength: 200 })} />
        </Field>
        <Field
          id="enrol-birthDate"
          name="birthDate"
          label={t('worker.birthDate')}
          issues={shown('birthDate')}
          required
          hint={values.birthDate ? <span data-testid="birthdate-formatted">{formatDateId(values.birthDate, locale)}</span> : undefined}
        >
          <DateInput {...dateInput('birthDate')} max={todayIso()} />
        </Field>
        <fieldset className="field" aria-describedby="enrol-gender-msg">
          <legend>
            {t('worker.gender')}
            <span className="required" aria-hidden="true"> *</span>
          </legend>
          <div className="checks">
            {(['L', 'P'] as const).map((g) => (
              <label key={g} className="check">
                <input
                  type="radio"
                  name="gender"
                  id={g === 'L' ? 'enrol-gender' : undefined}
                  value={g}
                  checked={values.gender === g}
                  onChange={() => set('gender', g)}
                  data-testid={`field-gender-${g}`}
                />
                <span>{t(`gender.${g}`)}</span>
              </label>
            ))}
          </div>
          <FieldMessages id="enrol-gender-msg" name="gender" issues={shown('gender')} />
        </fieldset>
        <Field id="enrol-kpj" name="kpj" label={t('worker.kpj')} issues={shown('kpj')} hint={t('worker.kpjHint')}>
          <input {...input('kpj', { inputMode: 'numeric', maxLength: 20 })} />
        </Field>
        <Field id="enrol-phone" name="phone" label={t('worker.phone')} issues={shown('phone')}>
          <input {...input('phone', { type: 'tel', inputMode: 'tel', maxLength: 20 })} />
        </Field>
        <Field id="enrol-segment" name="segment" label={t('worker.segment')} issues={shown('segment')}>
          <select
            id="enrol-segment"
            value={values.segment}
            data-testid="field-segment"
            onChange={(e) => set('segment', e.target.value as Segment)}
          >
            {SEGMENTS.map((s) => (
              <option key={s} value={s}>
                {t(`segment.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="enrol-wage"
          name="wage"
          label={t('worker.wage')}
          issues={shown('wage')}
          required
          hint={wageValue !== null ? <span data-testid="wage-formatted">= {formatRupiah(wageValue, locale)}</span> : t('worker.wageHint')}
        >
          <div className="input-affix">
            <span aria-hidden="true">Rp</span>
            <input {...input('wage', { inputMode: 'decimal', maxLength: 20, placeholder: '3.500.000' })} />
          </div>
        </Field>
        <Field
          id="enrol-startDate"
          name="startDate"
          label={t('worker.startDate')}
          issues={shown('startDate')}
          required
          hint={values.startDate ? <span data-testid="startdate-formatted">{formatDateId(values.startDate, locale)}</span> : undefined}
        >
          <DateInput {...dateInput('startDate')} />
        </Field>
        <div className="span-3">
          <ProgramCheckboxes
            id="enrol-programs"
            legend={t('worker.programs')}
            value={values.programs}
            onChange={(p) => set('programs', p)}
            issues={shown('programs')}
            hint={t('enrol.programsDefault', { programs: programList(employer.programs) || '–' })}
          />
        </div>
      </div>
      <FieldMessages id="enrol-form-issues" name="form" issues={serverIssues[''] ?? []} />
      <SubmitBar submitLabel={t('enrol.submit')} busy={busy} blockers={blockers} onCancel={cancel} submitTestId="enrol-submit" />
    </form>
    </>
  );
}
