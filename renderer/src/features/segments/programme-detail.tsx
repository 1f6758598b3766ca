import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FundedImportResult, FundedMemberItem, FundedProgrammeDetail } from '../../../../shared/segments/segment-types';
import { formatDateShort, formatPeriod, formatRupiah } from '../../../../shared/format/id-format';
import { call } from '../../api/client';
import { useLocale } from '../../i18n/use-locale';
import { downloadFile } from '../../lib/download-file';
import { useBannerStore } from '../../stores/banner-store';
import { useSessionStore } from '../../stores/session-store';
import { PeopleImportPanel, uploadPicked } from './people-import-panel';

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
      const uploadId = await uploadPicked(file);
      setUpload(uploadId);
      setResult(await call('funded-import', { uploadId, programmeId: id, dryRun: true }));
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
            {formatPeriod(p.monthFrom, locale)} – {formatPeriod(p.monthTo, locale)} ({t('segments.jakonRoster.months', { count: p.bill.months })})
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
      {p.expiringSoon && <p className="warning-line">{t('segments.programmes.expiring', { month: formatPeriod(p.monthTo, locale), count: p.monthsLeft })}</p>}
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
      <div className="file-line">
        <label htmlFor="funded-file">{t('segments.programmes.file')}</label>
        <input id="funded-file" type="file" accept=".xlsx,.xls,.ods,.csv" onChange={(e) => void pick(e.target.files?.[0])} data-testid="funded-file" />
      </div>
      {result && (
        <PeopleImportPanel
          testId="funded"
          result={result}
          extra={result.renewal ? t('segments.programmes.renewal', { ...result.renewal }) : undefined}
          canCommit={upload !== null}
          onCommit={() => void commit()}
          onAnnotated={() => upload && void call('funded-annotated', { uploadId: upload, programmeId: id }).then(downloadFile).catch(fail)}
          commitLabel={t('segments.programmes.commit')}
        />
      )}

      {p.imports.length > 0 && (
        <>
          <h3>{t('segments.programmes.imports')}</h3>
          <ul>
            {p.imports.map((i) => (
              <li key={i.id}>
                #{i.id} {i.fileName} · {formatDateShort(i.createdAt.slice(0, 10), locale)} · {i.user} · {t('segments.jakonRoster.accepted', { count: i.accepted })}
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
