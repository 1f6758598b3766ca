import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverageRow } from '../../../../shared/gaps/gap-api-types';
import { call } from '../../api/client';
import { toApiCallError } from '../../api/api-call-error';
import { useLocale } from '../../i18n/use-locale';
import { errorText } from '../../lib/issue-text';

interface Props {
  row: CoverageRow;
  /** The year proposed for a new figure (the period's). */
  defaultYear: number;
  colSpan: number;
  onSaved: (areaName: string) => Promise<void>;
  onCancel: () => void;
}

/** Digits only: "1.976.447" and "1976447" both mean the same head count. */
const parseCount = (text: string): number | null => {
  const cleaned = text.replace(/[.\s]/g, '');
  return /^\d{1,9}$/.test(cleaned) ? Number(cleaned) : null;
};

/** Inline editor of one workforce figure (workforce-save): employed, year, source, confirmed. */
export function WorkforceEditor({ row, defaultYear, colSpan, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const [employed, setEmployed] = useState(row.workforce === null ? '' : String(row.workforce));
  const [year, setYear] = useState(String(row.workforceYear ?? defaultYear));
  const [source, setSource] = useState(row.source ?? '');
  const [confirmed, setConfirmed] = useState(row.confirmed);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [touched, setTouched] = useState(false);

  const employedValue = parseCount(employed);
  const yearValue = /^\d{4}$/.test(year) && Number(year) >= 2000 && Number(year) <= 2100 ? Number(year) : null;
  const problems = [
    employedValue === null ? t('gaps.coverage.employedInvalid') : null,
    yearValue === null ? t('gaps.coverage.yearInvalid') : null,
    source.trim() === '' ? t('gaps.coverage.sourceRequired') : null,
  ].filter((p): p is string => p !== null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (problems.length || employedValue === null || yearValue === null) return;
    setBusy(true);
    setError(null);
    try {
      await call('workforce-save', { areaCode: row.areaCode, year: yearValue, employed: employedValue, source: source.trim(), confirmed });
    } catch (err) {
      setError(errorText(toApiCallError(err), locale));
      setBusy(false);
      return;
    }
    await onSaved(row.name);
  };

  return (
    <tr className="workforce-edit" data-testid="workforce-edit">
      <td colSpan={colSpan}>
        <form
          className="workforce-form"
          aria-label={t('gaps.coverage.editLabel', { area: row.name })}
          onSubmit={(e) => void submit(e)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onCancel();
          }}
        >
          <strong className="workforce-area">{row.name}</strong>
          <div className="field">
            <label htmlFor={`${id}-employed`}>{t('gaps.coverage.workforce')}</label>
            <input
              id={`${id}-employed`}
              inputMode="numeric"
              autoFocus
              value={employed}
              data-testid="workforce-employed"
              aria-invalid={touched && employedValue === null ? true : undefined}
              onChange={(e) => setEmployed(e.target.value)}
            />
          </div>
          <div className="field field-year">
            <label htmlFor={`${id}-year`}>{t('gaps.coverage.year')}</label>
            <input
              id={`${id}-year`}
              inputMode="numeric"
              maxLength={4}
              value={year}
              data-testid="workforce-year"
              aria-invalid={touched && yearValue === null ? true : undefined}
              onChange={(e) => setYear(e.target.value)}
            />
          </div>
          <div className="field field-grow">
            <label htmlFor={`${id}-source`}>{t('gaps.coverage.source')}</label>
            <input
              id={`${id}-source`}
              value={source}
              maxLength={300}
              data-testid="workforce-source"
              aria-invalid={touched && source.trim() === '' ? true : undefined}
              onChange={(e) => setSource(e.target.value)}
            />
          </div>
          <label className="check">
            <input type="checkbox" checked={confirmed} data-testid="workforce-confirmed" onChange={(e) => setConfirmed(e.target.checked)} />
            {t('gaps.coverage.confirmed')}
          </label>
          <button type="submit" className="btn btn-primary" disabled={busy} data-testid="workforce-save">
            {busy ? t('common.saving') : t('gaps.coverage.save')}
          </button>
          <button type="button" className="btn" onClick={onCancel}>
            {t('gaps.coverage.cancel')} <kbd>Esc</kbd>
          </button>
          {touched && problems.length > 0 && (
            <div className="field-messages workforce-msgs" aria-live="polite">
              {problems.map((p) => (
                <p key={p} className="msg msg-error">
                  {p}
                </p>
              ))}
            </div>
          )}
          {error && <p className="msg msg-error workforce-msgs">{error}</p>}
        </form>
      </td>
    </tr>
  );
}
