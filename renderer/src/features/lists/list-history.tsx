import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumberId } from '../../../../shared/format/id-format';
import type { ListImportRecord, ListUndoResult } from '../../../../shared/lists/list-types';
import { call } from '../../api/client';
import { useLocale } from '../../i18n/use-locale';
import { ConfirmDialog } from '../imports/confirm-dialog';
import { formatStamp } from '../imports/import-history';
import { ImportError } from '../imports/import-error';

/** Every outside-list import, newest first, each undoable as a whole. `version` is bumped after a save. */
export function ListHistory({ version }: { version: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const n = (v: number) => formatNumberId(v, locale);
  const [rows, setRows] = useState<ListImportRecord[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [undoing, setUndoing] = useState<ListImportRecord | null>(null);
  const [busy, setBusy] = useState(false);
  const [undone, setUndone] = useState<ListUndoResult | null>(null);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let live = true;
    call('lists-history', { limit: 50 })
      .then((page) => live && setRows(page.items))
      .catch((err: unknown) => live && setError(err));
    return () => {
      live = false;
    };
  }, [version, reloads]);

  const undo = async (record: ListImportRecord) => {
    setBusy(true);
    setError(null);
    setUndone(null);
    try {
      setUndone(await call('lists-undo', { listImportId: record.id }));
      setReloads((x) => x + 1);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
      setUndoing(null);
    }
  };

  return (
    <section className="import-history" aria-labelledby="list-history-title" data-testid="list-history">
      <h2 id="list-history-title" className="section-title">
        {t('lists.history.title')}
      </h2>
      {undone && (
        <p className="msg msg-success" role="status" data-testid="list-undone">
          {t('lists.history.undoneNote', { id: undone.listImportId, removed: n(undone.removed), restored: n(undone.restored) })}
        </p>
      )}
      <ImportError error={error} />
      {rows === null && !error && <p>{t('common.loading')}</p>}
      {rows?.length === 0 && <p className="muted">{t('lists.history.empty')}</p>}
      {rows && rows.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col" className="cell-end">#</th>
                <th scope="col">{t('lists.history.date')}</th>
                <th scope="col">{t('lists.history.kind')}</th>
                <th scope="col">{t('lists.history.file')}</th>
                <th scope="col">{t('lists.history.user')}</th>
                <th scope="col" className="cell-end">{t('lists.history.counts')}</th>
                <th scope="col">{t('lists.history.status')}</th>
                <th scope="col"><span className="visually-hidden">{t('lists.history.undo')}</span></th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-testid="list-history-row" data-undone={r.undoneAt ? 'yes' : 'no'}>
                  <td className="cell-end mono">{r.id}</td>
                  <td>{formatStamp(r.createdAt, locale)}</td>
                  <td>
                    {t(`lists.history.kindShort.${r.kind}`)}
                    {r.source ? ` · ${r.source}` : ''}
                    {r.npp ? ` · ${r.npp} ${r.period ?? ''}` : ''}
                  </td>
                  <td className="cell-file" title={r.fileName}>{r.fileName}</td>
                  <td>{r.user}</td>
                  <td className="cell-end">
                    {n(r.imported)} / {n(r.received)}
                  </td>
                  <td>
                    {r.undoneAt ? (
                      <span className="tag tag-nonaktif">{t('lists.history.undone', { at: formatStamp(r.undoneAt, locale), by: r.undoneBy ?? '' })}</span>
                    ) : (
                      <span className="tag tag-aktif">{t('lists.history.active')}</span>
                    )}
                  </td>
                  <td>
                    {!r.undoneAt && (
                      <button type="button" className="btn btn-small" onClick={() => setUndoing(r)} data-testid="list-undo">
                        {t('lists.history.undo')}
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
        title={t('lists.history.undoTitle', { id: undoing?.id ?? '' })}
        confirmLabel={t('lists.history.undoYes')}
        busy={busy}
        onConfirm={() => undoing && void undo(undoing)}
        onCancel={() => setUndoing(null)}
        testId="list-undo-confirm"
      >
        {undoing && <p>{t('lists.history.undoText', { file: undoing.fileName })}</p>}
      </ConfirmDialog>
    </section>
  );
}
