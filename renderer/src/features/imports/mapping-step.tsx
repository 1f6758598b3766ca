import { useTranslation } from 'react-i18next';
import { definitionsFor } from '../../../../shared/import/fields';
import type { ColumnMapping, ImportHeaderPreview } from '../../../../shared/import/types';
import { useImportWizardStore } from '../../stores/import-wizard-store';
import { fieldLabel } from './field-label';
import { useLocale } from '../../i18n/use-locale';
import { issueText } from '../../lib/issue-text';

interface Props {
  preview: ImportHeaderPreview | null;
  loading: boolean;
}

const SAMPLES = 3;

/** Step 3: each column of the file → the field it feeds, pre-filled by the backend (remembered or matched). */
export function MappingStep({ preview, loading }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const kind = useImportWizardStore((s) => s.kind);
  const overrides = useImportWizardStore((s) => s.mapping);
  const setMapping = useImportWizardStore((s) => s.setMapping);
  const resetMapping = useImportWizardStore((s) => s.resetMapping);
  const setStep = useImportWizardStore((s) => s.setStep);

  if (!preview) return loading ? <p aria-live="polite">{t('common.loading')}</p> : null;

  const definitions = definitionsFor(kind);
  // The clerk's choice shows at once; the backend's answer for it follows.
  const fieldOf = (m: ColumnMapping): string | null => (m.letter in overrides ? overrides[m.letter] ?? null : m.field);
  const effective = preview.mapping.map(fieldOf);
  const missing = definitions.filter((d) => d.required && !effective.includes(d.field)).map((d) => fieldLabel(t, kind, d.field));
  const counts = new Map<string, number>();
  for (const f of effective) if (f && f !== 'rowNumber') counts.set(f, (counts.get(f) ?? 0) + 1);
  const duplicates = [...counts].filter(([, n]) => n > 1).map(([f]) => fieldLabel(t, kind, f));
  const blocked = missing.length > 0 || duplicates.length > 0;
  const noStartDate = kind === 'roster' && !effective.includes('startDate');
  const period = periodNamed(preview);

  return (
    <div className="import-step" data-testid="import-mapping-step" aria-busy={loading}>
      <p>{t('imports.mapping.intro')}</p>
      {noStartDate && (
        <p className="msg msg-warning" data-testid="import-no-start-date">
          {issueText({ code: 'IMPORT_NO_START_DATE', severity: 'warning', field: 'startDate', params: { period } }, locale)}
        </p>
      )}
      <div className="table-wrap">
        <table className="table import-mapping" data-testid="import-mapping">
          <thead>
            <tr>
              <th scope="col">{t('imports.mapping.column')}</th>
              <th scope="col">{t('imports.mapping.header')}</th>
              <th scope="col">{t('imports.mapping.samples')}</th>
              <th scope="col">{t('imports.mapping.field')}</th>
              <th scope="col">{t('imports.mapping.confidence')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.mapping.map((m, i) => {
              const field = fieldOf(m);
              const changed = m.letter in overrides;
              const samples = preview.sampleRows
                .map((r) => r.cells[i] ?? '')
                .filter((c) => c !== '')
                .slice(0, SAMPLES);
              const selectId = `map-${m.letter}`;
              return (
                <tr key={m.letter} data-testid="mapping-row" data-letter={m.letter} className={field ? undefined : 'is-ignored'}>
                  <td className="mono">{m.letter}</td>
                  <th scope="row">
                    <label htmlFor={selectId}>{m.header || <span className="muted">—</span>}</label>
                  </th>
                  <td className="mapping-samples">
                    {samples.map((s, j) => (
                      <span key={j} className="sample-chip">{s}</span>
                    ))}
                  </td>
                  <td>
                    <select
                      id={selectId}
                      value={field ?? ''}
                      onChange={(e) => setMapping(m.letter, e.target.value || null)}
                      data-testid={`mapping-${m.letter}`}
                      aria-invalid={field !== null && (counts.get(field) ?? 0) > 1 ? true : undefined}
                    >
                      <option value="">{t('imports.mapping.ignore')}</option>
                      {definitions.map((d) => (
                        <option key={d.field} value={d.field}>
                          {fieldLabel(t, kind, d.field)}
                          {d.required ? ` (${t('imports.required')})` : ''}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    {changed ? (
                      <span className="confidence">{t('imports.mapping.how.override')}</span>
                    ) : field ? (
                      <span className={`confidence ${m.confidence >= 0.9 ? 'is-high' : m.confidence >= 0.7 ? 'is-mid' : 'is-low'}`}>
                        <meter min={0} max={1} low={0.7} high={0.9} optimum={1} value={m.confidence} aria-hidden="true" />
                        {Math.round(m.confidence * 100)}% · {t(`imports.mapping.how.${m.how}`)}
                      </span>
                    ) : (
                      <span className="muted">{t('imports.mapping.how.none')}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {missing.length > 0 && (
        <p id="mapping-missing" className="msg msg-error" role="alert" data-testid="mapping-missing">
          {t('imports.mapping.missing', { fields: missing.join(', ') })}
        </p>
      )}
      {duplicates.map((f) => (
        <p key={f} className="msg msg-error" role="alert" data-testid="mapping-duplicate">
          {t('imports.mapping.duplicate', { field: f })}
        </p>
      ))}
      <div className="submit-bar">
        <button
          type="button"
          className="btn btn-primary"
          autoFocus
          disabled={blocked}
          onClick={() => setStep('preview')}
          aria-describedby={missing.length > 0 ? 'mapping-missing' : undefined}
          data-testid="import-mapping-next"
        >
          {t('imports.mapping.next')}
        </button>
        <button type="button" className="btn" onClick={() => setStep('header')} data-testid="import-mapping-back">
          ← {t('imports.back')}
        </button>
        {Object.keys(overrides).length > 0 && (
          <button type="button" className="btn btn-quiet" onClick={resetMapping} data-testid="mapping-reset">
            {t('imports.mapping.reset')}
          </button>
        )}
      </div>
    </div>
  );
}

/** The period the host named in its warning (shown at once when the clerk unmaps TMT here), else this month. */
function periodNamed(preview: ImportHeaderPreview): string {
  const named = preview.fileWarnings.find((w) => w.code === 'IMPORT_NO_START_DATE')?.params?.period;
  return typeof named === 'string' ? named : new Date().toISOString().slice(0, 7);
}
