import { useTranslation } from 'react-i18next';
import type { RowIssue } from '../../../../shared/import/types';
import { fileToBase64 } from '../imports/file-base64';
import { call } from '../../api/client';

export interface CheckedList {
  totalRows: number;
  accepted: number;
  rejected: number;
  warnings: number;
  issues: RowIssue[];
  issuesTotal?: number;
}

/** Puts the picked file in the host's upload store: the dry run, the annotated file and the commit all read it there. */
export async function uploadPicked(file: File): Promise<string> {
  return (await call('uploads-put', { fileName: file.name, dataBase64: await fileToBase64(file) })).uploadId;
}

/**
 * The dry run of an outside list of people (a funder's list, a contractor's roster): counts, each row's code and
 * message, then save or the annotated file while the upload is held. `testId` names the parts for tests.
 */
export function PeopleImportPanel({
  testId,
  result,
  extra,
  canCommit,
  onCommit,
  onAnnotated,
  commitLabel,
}: {
  testId: string;
  result: CheckedList;
  extra?: string;
  canCommit: boolean;
  onCommit: () => void;
  onAnnotated: () => void;
  commitLabel: string;
}) {
  const { t } = useTranslation();
  return (
    <div data-testid={`${testId}-result`}>
      <p role="status">
        {t('segments.programmes.result', { total: result.totalRows, accepted: result.accepted, rejected: result.rejected, warnings: result.warnings })}
        {extra && ` ${extra}`}
      </p>
      {result.issues.length > 0 && (
        <div className="table-wrap">
          <table className="table" data-testid={`${testId}-issues`}>
            <thead>
              <tr>
                <th scope="col">{t('segments.programmes.row')}</th>
                <th scope="col">{t('segments.programmes.code')}</th>
                <th scope="col">{t('segments.programmes.message')}</th>
              </tr>
            </thead>
            <tbody>
              {result.issues.map((i, n) => (
                <tr key={n} className={i.severity === 'error' ? 'row-error' : undefined}>
                  <td>{i.row || '–'}</td>
                  <td className="mono">{i.code}</td>
                  <td>
                    {i.column && <span className="muted">{i.column}: </span>}
                    {i.message}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {result.issuesTotal !== undefined && result.issuesTotal > result.issues.length && (
        <p className="muted">{t('segments.jakonRoster.moreIssues', { shown: result.issues.length, total: result.issuesTotal })}</p>
      )}
      {canCommit && (
        <div className="button-row">
          <button type="button" className="btn btn-primary" onClick={onCommit} disabled={result.accepted === 0} data-testid={`${testId}-commit`}>
            {commitLabel}
          </button>
          <button type="button" className="btn" onClick={onAnnotated}>
            {t('segments.programmes.annotated')}
          </button>
        </div>
      )}
    </div>
  );
}
