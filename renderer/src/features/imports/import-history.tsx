import { useEffect, useState } from 'react';
import { deviceLocalDate, deviceLocalTime } from '../../../../shared/format/iso-date';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../shared/i18n/message-types';
import { formatDateShort, formatNumberId } from '../../../../shared/format/id-format';
import type { ImportKind } from '../../../../shared/import/fields';
import type { ImportRecord, UndoResult } from '../../../../shared/import/types';
import { call } from '../../api/client';
import { useLocale } from '../../i18n/use-locale';
import { ConfirmDialog } from './confirm-dialog';
import { useAppInfoStore } from '../../stores/app-info-store';
import { ImportError } from './import-error';

/** An ISO instant as the desk's local date and time: "05-03-2026 14:07". */
export function formatStamp(iso: string, locale: Locale): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${formatDateShort(deviceLocalDate(d), locale)} ${deviceLocalTime(d).slice(0, 5)}`;
}

interface Props {
  kind: ImportKind;
  npp: string | null;
  /** Bumped by the wizard after a commit, so the new import shows up. */
  version: number;
}

/** Past imports of this employer's roster (or of employer lists), each undoable as a whole. */
export function ImportHistory({ kind, npp, version }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [rows, setRows] = useState<ImportRecord[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [undoing, setUndoing] = useState<ImportRecord | null>(null);
  const [busy, setBusy] = useState(false);
  const [undone, setUndone] = useState<UndoResult | null>(null);
  const [reloads, setReloads] = useState(0);
  const n = (v: number) => formatNumberId(v, locale);

  useEffect(() => {
    let live = true;
    call('imports-list', { kind, ...(kind === 'roster' && npp ? { npp } : {}), limit: 50 })
      .then((page) => live && setRows(page.items))
      .catch((err: unknown) => live && setError(err));
    return () => {
      live = false;
    };
  }, [kind, npp, version, reloads]);

  const undo = async (record: ImportRecord) => {
    setBusy(true);
    setError(null);
    try {
      const r = await call('imports-undo', { importId: record.id });
      setUndone(r);
      setReloads((x) => x + 1);
      // The top bar's counts drop with the undo: read them now, not one action later.
      void useAppInfoStore.getState().refresh();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
      setUndoing(null);
    }
  };

  return (
    <section className="import-history" aria-labelledby="import-history-title" data-testid="import-history">
      <h2 id="import-history-title" className="section-title">
        {t('imports.history.title')}
        {kind === 'roster' && npp ? ` · NPP ${npp}` : kind === 'employers' ? ` · ${t('imports.history.employersKind')}` : ''}
      </h2>
      {undone && (
        <p className="msg msg-success" role="status" data-testid="import-undone">
          {t(undone.removedEmployers > 0 ? 'imports.history.undoneEmployers' : 'imports.history.undoneNote', {
            id: undone.importId,
            people: n(undone.removedWorkers),
            memberships: n(undone.removedMemberships),
            employers: n(undone.removedEmployers),
            restored: n(undone.restored),
          })}
        </p>
      )}
      <ImportError error={error} />
      {rows === null && !error && <p>{t('common.loading')}</p>}
      {rows?.length === 0 && <p className="muted" data-testid="import-history-empty">{t('imports.history.empty')}</p>}
      {rows && rows.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col" className="cell-end">#</th>
                <th scope="col">{t('imports.history.date')}</th>
                <th scope="col">{t('imports.history.file')}</th>
                <th scope="col">{t('imports.history.user')}</th>
                <th scope="col" className="cell-end">{t('imports.history.counts')}</th>
                <th scope="col">{t('imports.history.status')}</th>
                <th scope="col"><span className="visually-hidden">{t('imports.history.undo')}</span></th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-testid="import-history-row" data-import-id={r.id} data-undone={r.undoneAt ? 'yes' : 'no'}>
                  <td className="cell-end mono">{r.id}</td>
                  <td>{formatStamp(r.createdAt, locale)}</td>
                  <td className="cell-file" title={r.fileName}>{r.fileName}</td>
                  <td>{r.user}</td>
                  <td className="cell-end">
                    {n(r.accepted)} / {n(r.rejected)} / {n(r.skipped)}
                  </td>
                  <td>
                    {r.undoneAt ? (
                      <span className="tag tag-nonaktif">{t('imports.history.undone', { at: formatStamp(r.undoneAt, locale), by: r.undoneBy ?? '' })}</span>
                    ) : (
                      <span className="tag tag-aktif">{t('imports.history.active')}</span>
                    )}
                  </td>
                  <td>
                    {!r.undoneAt && (
                      <button type="button" className="btn btn-small" onClick={() => setUndoing(r)} data-testid="import-undo">
                        {t('imports.history.undo')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog
        open={undoing !== null}
        title={t('imports.history.undoTitle', { id: undoing?.id ?? '' })}
        confirmLabel={t('imports.history.undoYes')}
        busy={busy}
        busyLabel={t('imports.history.undoBusy')}
        onConfirm={() => undoing && void undo(undoing)}
        onCancel={() => setUndoing(null)}
        testId="undo-confirm"
      >
        {undoing && <p>{t('imports.history.undoText', { file: undoing.fileName, accepted: n(undoing.accepted) })}</p>}
      </ConfirmDialog>
    </section>
  );
}
