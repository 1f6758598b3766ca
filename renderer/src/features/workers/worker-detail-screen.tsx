import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../../shared/api/permissions';
import type { WorkerDetail } from '../../../../shared/domain/worker';
import { formatDateId, formatDateShort, formatRupiah } from '../../../../shared/format/id-format';
import { decodeNik } from '../../../../shared/validate/nik';
import { call } from '../../api/client';
import { useLocale } from '../../i18n/use-locale';
import { useBannerStore } from '../../stores/banner-store';
import { useNavStore } from '../../stores/nav-store';
import { useSessionStore } from '../../stores/session-store';
import { programList } from '../../lib/programs';
import { CorrectIdentityDialog } from './correct-identity-dialog';
import { MembershipDialog, type MembershipAction } from './membership-dialogs';
import { WageHistory } from './wage-history';

export function WorkerDetailScreen({ nik }: { nik: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const back = useNavStore((s) => s.back);
  const navigate = useNavStore((s) => s.navigate);
  const [worker, setWorker] = useState<WorkerDetail | null>(null);
  const [action, setAction] = useState<MembershipAction | null>(null);
  const [correcting, setCorrecting] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const mayEnter = useSessionStore((s) => (s.session ? can(s.session.role, 'enter') : false));
  const mayCorrect = useSessionStore((s) => (s.session ? can(s.session.role, 'correct-identity') : false));

  const load = useCallback(() => {
    let live = true;
    call('workers-get', { nik })
      .then((w) => live && setWorker(w))
      .catch((err: unknown) => useBannerStore.getState().show(err));
    return () => {
      live = false;
    };
  }, [nik]);
  useEffect(load, [load]);

  const done = (message?: string) => {
    setAction(null);
    setCorrecting(false);
    setNote(message ?? t('lifecycle.saved'));
    load();
  };

  const info = decodeNik(nik);

  return (
    <section className="screen" aria-labelledby="worker-detail-title">
      <div className="screen-head">
        <button type="button" className="btn btn-quiet" autoFocus onClick={() => back({ name: 'worker-search' })} data-testid="back">
          ← {t('common.back')}
        </button>
        <h1 id="worker-detail-title" data-testid="worker-detail-name">
          {worker?.name ?? nik}
        </h1>
        {worker && mayCorrect && (
          <button type="button" className="btn" onClick={() => setCorrecting(true)} data-testid="action-correct">
            {t('lifecycle.correct')}
          </button>
        )}
      </div>
      {note && (
        <p className="msg msg-success" role="status" data-testid="lifecycle-note">
          {note}
        </p>
      )}
      {worker && (
        <>
          <dl className="facts" data-testid="worker-facts">
            <div>
              <dt>{t('worker.nik')}</dt>
              <dd className="mono" data-testid="worker-detail-nik">{worker.nik}</dd>
            </div>
            <div>
              <dt>{t('worker.birthDate')}</dt>
              <dd>{formatDateId(worker.birthDate, locale)}</dd>
            </div>
            <div>
              <dt>{t('worker.gender')}</dt>
              <dd>{t(`gender.${worker.gender}`)}</dd>
            </div>
            <div>
              <dt>{t('nik.issuedIn')}</dt>
              <dd>{[info?.region?.name, info?.province?.name].filter(Boolean).join(', ') || '–'}</dd>
            </div>
            <div>
              <dt>{t('worker.kpj')}</dt>
              <dd className="mono">{worker.kpj ?? '–'}</dd>
            </div>
            <div>
              <dt>{t('worker.phone')}</dt>
              <dd>{worker.phone ?? '–'}</dd>
            </div>
          </dl>
          <h2 className="section-title">{t('workerDetail.memberships')}</h2>
          <div className="table-wrap">
            <table className="table" data-testid="worker-memberships">
              <thead>
                <tr>
                  <th scope="col">{t('workerSearch.employer')}</th>
                  <th scope="col">{t('worker.segment')}</th>
                  <th scope="col" className="cell-end">{t('worker.wage')}</th>
                  <th scope="col">{t('worker.startDate')}</th>
                  <th scope="col">{t('workerDetail.endDate')}</th>
                  <th scope="col">{t('worker.programs')}</th>
                  <th scope="col">{t('worker.status')}</th>
                  {mayEnter && <th scope="col">{t('lifecycle.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {worker.memberships.map((m) => (
                  <tr key={m.id} data-testid="membership-row">
                    <td>
                      <button type="button" className="link" onClick={() => navigate({ name: 'employer-detail', npp: m.npp })}>
                        {m.employerName}
                      </button>{' '}
                      <span className="muted mono">{m.npp}</span>
                    </td>
                    <td>{m.segment}</td>
                    <td className="cell-end">{formatRupiah(m.wage, locale)}</td>
                    <td>{formatDateShort(m.startDate, locale)}</td>
                    <td>{m.endDate ? formatDateShort(m.endDate, locale) : '–'}</td>
                    <td>{programList(m.programs)}</td>
                    <td>
                      <span className={`tag tag-${m.status}`}>{t(`status.${m.status}`)}</span>
                      {m.end && (
                        <span className="muted" data-testid="end-reason-shown">
                          {' '}
                          {t(`lifecycle.reasons.${m.end.reason}`)}
                        </span>
                      )}
                    </td>
                    {mayEnter && (
                      <td className="row-actions">
                        {m.status === 'aktif' &&
                          (['wage', 'end', 'move', 'programs'] as const).map((kind) => (
                            <button
                              key={kind}
                              type="button"
                              className="btn btn-small"
                              onClick={() => {
                                setNote(null);
                                setAction({ kind, membership: m });
                              }}
                              data-testid={`action-${kind}`}
                            >
                              {t(`lifecycle.${kind === 'wage' ? 'changeWage' : kind}`)}
                            </button>
                          ))}
                      </td>
                    )}
                  </tr>
                ))}
                {(worker.otherMemberships ?? []).map((m) => (
                  <tr key={`${m.kind}-${m.id}`} data-testid="segment-membership-row">
                    <td>{m.label}</td>
                    <td>{m.segment}</td>
                    <td className="cell-end">–</td>
                    <td>{formatDateShort(m.startDate, locale)}</td>
                    <td>{m.endDate ? formatDateShort(m.endDate, locale) : '–'}</td>
                    <td>{m.segment === 'JAKON' ? 'JKK, JKM' : t(`segments.kind.${m.kind}`)}</td>
                    <td>
                      <span className={`tag tag-${m.status}`}>{t(`status.${m.status}`)}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {worker.memberships.some((m) => m.status === 'aktif' && m.segment === 'PU') &&
            (worker.otherMemberships ?? []).some((m) => m.status === 'aktif' && m.segment === 'BPU') && (
              <p className="muted" data-testid="pu-and-bpu-note">{t('segments.puAndBpu')}</p>
            )}
          <WageHistory worker={worker} />
          {worker.corrections.length > 0 && (
            <>
              <h2 className="section-title">{t('lifecycle.corrections')}</h2>
              <ul className="plain-list" data-testid="corrections">
                {worker.corrections.map((c) => (
                  <li key={c.id}>
                    {formatDateShort(c.recordedAt.slice(0, 10), locale)} · {t('lifecycle.by', { who: c.recordedBy })} ·{' '}
                    {t('lifecycle.correctionLine', {
                      fields: (['name', 'birthDate', 'gender'] as const)
                        .filter((f) => c.before[f] !== c.after[f])
                        .map((f) => `${t(`lifecycle.${f}`)}: ${f === 'birthDate' ? formatDateShort(c.before[f], locale) : c.before[f]} → ${f === 'birthDate' ? formatDateShort(c.after[f], locale) : c.after[f]}`)
                        .join('; '),
                      reason: c.reason,
                    })}
                    {c.documentNote ? ` · ${c.documentNote}` : ''}
                  </li>
                ))}
              </ul>
            </>
          )}
          {action && <MembershipDialog key={`${action.kind}-${action.membership.id}`} action={action} onClose={() => setAction(null)} onDone={done} />}
          {correcting && <CorrectIdentityDialog worker={worker} onClose={() => setCorrecting(false)} onDone={done} />}
        </>
      )}
      {!worker && <p>{t('common.loading')}</p>}
    </section>
  );
}
