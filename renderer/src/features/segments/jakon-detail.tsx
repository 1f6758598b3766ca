import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JakonImportResult, JakonProjectDetail } from '../../../../shared/segments/segment-types';
import { formatDateShort, formatRupiah } from '../../../../shared/format/id-format';
import { call } from '../../api/client';
import { useLocale } from '../../i18n/use-locale';
import { downloadFile } from '../../lib/download-file';
import { useBannerStore } from '../../stores/banner-store';
import { PeopleImportPanel, uploadPicked } from './people-import-panel';

/** One project: its figures, the contractor's roster import (dry run first), past imports with undo, its workers. */
export function JakonDetail({ id, onChanged }: { id: number; onChanged: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [d, setD] = useState<JakonProjectDetail | null>(null);
  const [upload, setUpload] = useState<string | null>(null);
  const [result, setResult] = useState<(JakonImportResult & { issuesTotal: number }) | null>(null);
  const fail = (err: unknown) => useBannerStore.getState().show(err);

  const load = useCallback(() => {
    call('jakon-get', { id }).then(setD).catch(fail);
  }, [id]);
  useEffect(load, [load]);

  const pick = async (file: File | undefined) => {
    setResult(null);
    setUpload(null);
    if (!file) return;
    try {
      const uploadId = await uploadPicked(file);
      setUpload(uploadId);
      setResult(await call('jakon-import', { uploadId, projectId: id, dryRun: true }));
    } catch (err) {
      fail(err);
    }
  };
  const commit = async () => {
    if (!upload) return;
    try {
      setResult(await call('jakon-import', { uploadId: upload, projectId: id, dryRun: false }));
      setUpload(null);
      load();
      onChanged();
    } catch (err) {
      fail(err);
    }
  };
  const undo = (importId: number) =>
    void call('jakon-undo', { importId })
      .then(() => (load(), onChanged()))
      .catch(fail);

  if (!d) return <p>{t('common.loading')}</p>;
  const p = d.project;
  const running = !p.closedAt;
  return (
    <div data-testid="jakon-detail">
      <h2 className="section-title">{p.name}</h2>
      <dl className="facts">
        <div>
          <dt>{t('segments.jakonRoster.contractorName')}</dt>
          <dd>
            {p.contractorName} <span className="muted mono">{p.contractorNpp}</span>
          </dd>
        </div>
        <div>
          <dt>{t('segments.jakonRoster.period')}</dt>
          <dd>
            {formatDateShort(p.startDate, locale)} – {p.endDate ? formatDateShort(p.endDate, locale) : '…'}
          </dd>
        </div>
        <div>
          <dt>{t('segments.jakonRoster.contribution')}</dt>
          <dd>
            {formatRupiah(p.jkk + p.jkm, locale)} ({t('segments.jakon.jkk')} {formatRupiah(p.jkk, locale)} + {t('segments.jakon.jkm')} {formatRupiah(p.jkm, locale)})
          </dd>
        </div>
        <div>
          <dt>{t('segments.jakon.workers')}</dt>
          <dd data-testid="jakon-workers-count">{p.workers.toLocaleString('id-ID')}</dd>
        </div>
      </dl>

      {running ? (
        <>
          <h3>{t('segments.jakonRoster.importTitle')}</h3>
          <p className="muted">{t('segments.jakonRoster.importHint')}</p>
          <div className="file-line">
            <label htmlFor="jakon-file">{t('segments.programmes.file')}</label>
            <input id="jakon-file" type="file" accept=".xlsx,.xls,.ods,.csv" onChange={(e) => void pick(e.target.files?.[0])} data-testid="jakon-file" />
          </div>
          {result && (
            <PeopleImportPanel
              testId="jakon-roster"
              result={result}
              extra={result.dryRun ? t('segments.jakonRoster.already', { count: result.unchanged }) : t('segments.jakonRoster.saved', { count: result.inserted })}
              canCommit={upload !== null}
              onCommit={() => void commit()}
              onAnnotated={() => upload && void call('jakon-annotated', { uploadId: upload, projectId: id }).then(downloadFile).catch(fail)}
              commitLabel={t('segments.jakonRoster.commit')}
            />
          )}
        </>
      ) : (
        <p className="muted">{t('segments.jakonRoster.closed')}</p>
      )}

      {d.imports.length > 0 && (
        <>
          <h3>{t('segments.programmes.imports')}</h3>
          <ul data-testid="jakon-imports">
            {d.imports.map((i) => (
              <li key={i.id}>
                #{i.id} {i.fileName} · {formatDateShort(i.createdAt.slice(0, 10), locale)} · {i.user} · {t('segments.jakonRoster.accepted', { count: i.accepted })}
                {i.undoneAt ? (
                  ` · ${t('segments.jakonRoster.undone')}`
                ) : (
                  <>
                    {' '}
                    <button type="button" className="btn btn-quiet" onClick={() => undo(i.id)}>
                      {t('segments.programmes.undo')}
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}

      {d.workers.length === 0 ? (
        <p className="muted">{t('segments.jakonRoster.noWorkers')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="jakon-workers">
            <thead>
              <tr>
                <th scope="col">NIK</th>
                <th scope="col">{t('segments.bpu.name')}</th>
                <th scope="col" className="cell-end">{t('segments.jakonRoster.wage')}</th>
                <th scope="col">{t('segments.jakon.startDate')}</th>
                <th scope="col">{t('segments.jakon.endDate')}</th>
                <th scope="col">{t('worker.status')}</th>
              </tr>
            </thead>
            <tbody>
              {d.workers.map((w) => (
                <tr key={`${w.nik}-${w.startDate}`}>
                  <td className="mono">{w.nik}</td>
                  <td>{w.name}</td>
                  <td className="cell-end">{w.wage === null ? '–' : formatRupiah(w.wage, locale)}</td>
                  <td>{formatDateShort(w.startDate, locale)}</td>
                  <td>{w.endDate ? formatDateShort(w.endDate, locale) : '–'}</td>
                  <td>
                    <span className={`tag tag-${w.status}`}>{t(`status.${w.status}`)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
