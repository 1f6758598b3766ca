import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportHeaderPreview } from '../../../../shared/import/types';
import { useLocale } from '../../i18n/use-locale';
import { issueText } from '../../lib/issue-text';
import { useImportWizardStore } from '../../stores/import-wizard-store';

interface Props {
  preview: ImportHeaderPreview | null;
  loading: boolean;
}

/** Step 2: which sheet, which row holds the column headers, and what the rows under it look like. */
export function HeaderStep({ preview, loading }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const setSource = useImportWizardStore((s) => s.setSource);
  const setStep = useImportWizardStore((s) => s.setStep);
  const restart = useImportWizardStore((s) => s.restart);
  const [rowText, setRowText] = useState('');

  useEffect(() => {
    if (preview) setRowText(String(preview.headerRow));
  }, [preview]);

  if (!preview) return loading ? <p aria-live="polite">{t('common.loading')}</p> : null;

  const applyRow = () => {
    const n = Number(rowText);
    if (Number.isInteger(n) && n >= 1 && n <= 1000 && n !== preview.headerRow) setSource(preview.sheet, n);
    else setRowText(String(preview.headerRow));
  };

  return (
    <div className="import-step" data-testid="import-header-step" aria-busy={loading}>
      {!preview.sheetConfident && preview.sheets.length > 1 && (
        <p className="msg msg-warning" role="status" data-testid="import-sheet-ask">
          {t('imports.header.sheetAsk')}
        </p>
      )}
      <div className="toolbar">
        {preview.sheets.length > 1 && (
          <div className="field import-sheet">
            <label htmlFor="import-sheet">{t('imports.header.sheet')}</label>
            <select
              id="import-sheet"
              value={preview.sheet}
              onChange={(e) => setSource(e.target.value, null)}
              data-testid="import-sheet"
              autoFocus={!preview.sheetConfident}
            >
              {preview.sheets.map((s) => (
                <option key={s.name} value={s.name}>
                  {t('imports.header.sheetRows', { name: s.name, rows: s.rows })}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="import-header-row">{t('imports.header.headerRow')}</label>
          <input
            id="import-header-row"
            type="number"
            min={1}
            max={1000}
            value={rowText}
            onChange={(e) => setRowText(e.target.value)}
            onBlur={applyRow}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                applyRow();
              }
            }}
            aria-describedby="import-header-row-hint"
            data-testid="import-header-row"
          />
        </div>
        <p id="import-header-row-hint" className="field-hint import-header-hint">
          {t('imports.header.headerRowHint')}
        </p>
      </div>
      <p className="context-line" data-testid="import-header-detected">
        {t('imports.header.detected', { row: preview.headerRow, sheet: preview.sheet })}
      </p>
      {preview.fileWarnings.map((w, i) => (
        <p key={i} className="msg msg-warning" data-testid="import-file-warning">
          {issueText(w, locale)}
        </p>
      ))}
      <SampleTable preview={preview} />
      <div className="submit-bar">
        <button type="button" className="btn btn-primary" autoFocus={preview.sheetConfident} onClick={() => setStep('mapping')} data-testid="import-header-next">
          {t('imports.header.next')}
        </button>
        <button type="button" className="btn" onClick={restart} data-testid="import-header-back">
          {t('imports.file.another')}
        </button>
      </div>
    </div>
  );
}

/** The header row as found and the first rows under it, laid out like the sheet (letters across the top). */
export function SampleTable({ preview, limit = 10 }: { preview: ImportHeaderPreview; limit?: number }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap import-samples">
      <table className="table table-compact" data-testid="import-samples">
        <caption className="visually-hidden">{t('imports.header.samples')}</caption>
        <thead>
          <tr>
            <th scope="col" className="cell-rowno">{t('imports.header.row')}</th>
            {preview.mapping.map((m) => (
              <th key={m.letter} scope="col">
                <span className="col-letter">{m.letter}</span>
              </th>
            ))}
          </tr>
          <tr className="header-row">
            <th scope="row" className="cell-rowno">{preview.headerRow}</th>
            {preview.mapping.map((m) => (
              <th key={m.letter} scope="col">{m.header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.sampleRows.slice(0, limit).map((r) => (
            <tr key={r.row}>
              <th scope="row" className="cell-rowno">{r.row}</th>
              {r.cells.map((c, i) => (
                <td key={i}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** When no header row was found: the clerk types the row number the message asks for. */
export function ManualHeaderRow() {
  const { t } = useTranslation();
  const sheet = useImportWizardStore((s) => s.sheet);
  const current = useImportWizardStore((s) => s.headerRow);
  const setSource = useImportWizardStore((s) => s.setSource);
  const [rowText, setRowText] = useState(current ? String(current) : '');
  return (
    <form
      className="toolbar"
      onSubmit={(e) => {
        e.preventDefault();
        const n = Number(rowText);
        if (Number.isInteger(n) && n >= 1 && n <= 1000) setSource(sheet, n);
      }}
      data-testid="import-manual-header"
    >
      <div className="field">
        <label htmlFor="import-manual-row">{t('imports.header.headerRow')}</label>
        <input id="import-manual-row" type="number" min={1} max={1000} autoFocus value={rowText} onChange={(e) => setRowText(e.target.value)} aria-describedby="import-manual-row-hint" />
      </div>
      <button type="submit" className="btn btn-primary">{t('imports.preview.fixSave')}</button>
      <p id="import-manual-row-hint" className="field-hint import-header-hint">{t('imports.header.headerRowHint')}</p>
    </form>
  );
}
