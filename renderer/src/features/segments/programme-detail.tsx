import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FundedImportResult, FundedMemberItem, FundedProgrammeDetail } from '../../../../shared/segments/segment-types';
import { formatDateShort, formatRupiah } from '../../../../shared/format/id-format';
import { call } from '../../api/client';
import { useLocale } from '../../i18n/use-locale';
import { downloadFile } from '../../lib/download-file';
import { useBannerStore } from '../../stores/banner-store';
import { useSessionStore } from '../../stores/session-store';
import { fileToBase64 } from '../imports/file-base64';

/** One programme: bill, quota, expiry, renewal, the funder's list import (dry run first), exports, members. */
export function ProgrammeDetail({ id, onChanged }: { id: number; onChanged: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const role = useSessionStore((s) => s.session?.role);
  const [p, setP] = useState<FundedProgrammeDetail | null>(null);
  const [members, setMembers] = useState<FundedMemberItem[]>([]);
  const [upload, setUpload] = useState<string | null>(null);
  const [result, setResult] = useState<(FundedImportResult & { issuesTotal: number }) | null>(null);
  const fail = (err: unknown) => useBannerStore.getState().show(err);

  const load = useCallback(() => {
    call('programmes-get', { id }).then(setP).catch(fail);
    call('funded-members', { programmeId: id, limit: 100 })
      .then((page) => setMembers(page.items))
      .catch(fail);
  }, [id]);
  useEffect(load, [load]);

  const pick = async (file: File | undefined) => {
    setResult(null);
    if (!file) return;
    try {
      const receipt = await call('uploads-put', { fileName: file.name, dataBase64: await fileToBase64(file) });
      setUpload(receipt.uploadId);
      setResult(await call('funded-import', { uploadId: receipt.uploadId, programmeId: id, dryRun: true }));
    } catch (err) {
      fail(err);
    }
  };
  const commit = async () => {
    if (!upload) return;
    try {
      setResult(await call('funded-import', { uploadId: upload, programmeId: id, dryRun: false }));
      setUpload(null);
      load();
      onChanged();
    } catch (err) {
      fail(err);
    }
  };
  const exportFile = (what: 'list' | 'bill') => call('funded-export', { programmeId: id, what }).then(downloadFile).catch(fail);

  if (!p) return <p>{t('common.loading')}</p>;
  return (
    <div data-testid="programme-detail">
      <h2 className="section-title">
        {p.funderName} — {p.name}
      </h2>
      <dl className="facts">
        <div>
          <dt>{t('segments.programmes.months')}</dt>
          <dd>
            {p.monthFrom} – {p.monthTo} ({p.bill.months})
          </dd>
        </div>
        <div>
          <dt>{t('segments.programmes.members')}</dt>
          <dd data-testid="programme-members">{p.members.toLocaleString('id-ID')}</dd>
        </div>
        <div>
          <dt>{t('segments.programmes.quotaUsed')}</dt>
          <dd>
            {p.members.toLocaleString('id-ID')} / {p.quota.toLocaleString('id-ID')} ({p.bill.quotaUsedPct} %)
            {p.overQuota && <span className="tag tag-nonaktif"> {t('segments.programmes.overQuota')}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('segments.programmes.bill')}</dt>
          <dd data-testid="programme-bill">
            {formatRupiah(p.bill.perMonth, locale)} ({p.members} × {formatRupiah(p.monthlyContribution, locale)})
          </dd>
        </div>
        <div>
          <dt>{t('segments.programmes.billTotal')}</dt>
          <dd>{formatRupiah(p.bill.total, locale)}</dd>
        </div>
      </dl>
      {p.expiringSoon && <p className="warning-line">{t('segments.programmes.expiring', { month: p.monthTo, count: p.monthsLeft })}</p>}
      {p.renewal && <p>{t('segments.programmes.renewal', { ...p.renewal })}</p>}
      <div className="button-row">
        <button type="button" className="btn" onClick={() => void exportFile('list')} data-testid="programme-export-list">
          {t('segments.programmes.exportList')}
        </button>
        <button type="button" className="btn" onClick={() => void exportFile('bill')} data-testid="programme-export-bill">
          {t('segments.programmes.exportBill')}
        </button>
        {role !== 'kepala_cabang' && <span className="muted">{t('segments.programmes.exportNoNik')}</span>}
      </div>

      <h3>{t('segments.programmes.importList')}</h3>
      <label htmlFor="funded-file">{t('segments.programmes.file')}</label>{' '}
      <input id="funded-file" type="file" accept=".xlsx,.xls,.ods,.csv" onChange={(e) => void pick(e.target.files?.[0])} data-testid="funded-file" />
      {result && (
        <div data-testid="funded-result">
          <p role="status">
            {t('segments.programmes.result', { total: result.totalRows, accepted: result.accepted, rejected: result.rejected, warnings: result.warnings })}
            {result.renewal && ` ${t('segments.programmes.renewal', { ...result.renewal })}`}
          </p>
          {result.issues.length > 0 && (
            <table className="table" data-testid="funded-issues">
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
                    <td>{i.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {upload && (
            <div className="button-row">
              <button type="button" className="btn btn-primary" onClick={() => void commit()} disabled={result.accepted === 0} data-testid="funded-commit">
                {t('segments.programmes.commit')}
              </button>
              <button
                type="button"
                className="btn"
                onClick={() => void call('funded-annotated', { uploadId: upload, programmeId: id }).then(downloadFile).catch(fail)}
              >
                {t('segments.programmes.annotated')}
              </button>
            </div>
          )}
        </div>
      )}

      {p.imports.length > 0 && (
        <>
          <h3>{t('segments.programmes.imports')}</h3>
          <ul>
            {p.imports.map((i) => (
              <li key={i.id}>
                #{i.id} {i.fileName} · {formatDateShort(i.createdAt.slice(0, 10), locale)} · {i.user} · {i.accepted}
                {i.undoneAt ? ' · ✕' : (
                  <button type="button" className="btn btn-quiet" onClick={() => void call('funded-undo', { importId: i.id }).then(() => (load(), onChanged())).catch(fail)}>
                    {t('segments.programmes.undo')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}

      <div className="table-wrap">
        <table className="table" data-testid="funded-members">
          <thead>
            <tr>
              <th scope="col">NIK</th>
              <th scope="col">{t('segments.bpu.name')}</th>
              <th scope="col">{t('segments.bpu.birthDate')}</th>
              <th scope="col">{t('segments.bpu.occupation')}</th>
              <th scope="col">{t('worker.status')}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.nik}>
                <td className="mono">{m.nik}</td>
                <td>{m.name}</td>
                <td>{formatDateShort(m.birthDate, locale)}</td>
                <td>{m.occupation}</td>
                <td>
                  <span className={`tag tag-${m.status}`}>{t(`status.${m.status}`)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
