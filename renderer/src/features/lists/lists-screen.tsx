import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../../shared/api/permissions';
import { currentPeriod } from '../../../../shared/gaps/period';
import { PROSPECT_SOURCES, type ProspectSource } from '../../../../shared/gaps/gap-types';
import type { ListKind } from '../../../../shared/lists/list-types';
import { call } from '../../api/client';
import { useSessionStore } from '../../stores/session-store';
import { PeriodSelect } from '../gaps/period-select';
import { ImportError } from '../imports/import-error';
import { EmployerPicker } from '../workers/employer-picker';
import { ListHistory } from './list-history';
import { ListUpload } from './list-upload';

/** Outside lists: licensing/OSS/WLKP companies, one employer's payroll, BPS workforce figures. */
export function ListsScreen() {
  const { t } = useTranslation();
  const role = useSessionStore((s) => s.session?.role);
  const kinds = (['prospects', 'payroll', 'workforce'] as const).filter((k) => role && can(role, k === 'workforce' ? 'reference' : 'enter'));
  const [kind, setKind] = useState<ListKind | undefined>(kinds[0]);
  const [source, setSource] = useState<ProspectSource | ''>('');
  const [employer, setEmployer] = useState<{ npp: string; name: string } | null>(null);
  const [period, setPeriod] = useState(() => currentPeriod(new Date()));
  const [pickError, setPickError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);

  const pickEmployer = async (npp: string) => {
    setPickError(null);
    try {
      const e = await call('employers-get', { npp });
      setEmployer({ npp: e.npp, name: e.name });
    } catch (err) {
      setPickError(err);
    }
  };

  const target = kind === 'prospects' ? { kind, ...(source ? { source } : {}) } : kind === 'payroll' ? { kind, npp: employer?.npp, period } : { kind: 'workforce' as const };
  const ready = kind !== undefined && (kind !== 'payroll' || employer !== null);

  return (
    <section className="screen imports-screen" aria-labelledby="lists-title" data-testid="lists-screen">
      <div className="screen-head">
        <h1 id="lists-title">{t('lists.title')}</h1>
      </div>
      <p className="context-line">{t('lists.intro')}</p>
      <div className="form">
        <fieldset className="field">
          <legend>{t('lists.kind.legend')}</legend>
          <div className="checks">
            {kinds.map((k) => (
              <label key={k} className="check">
                <input type="radio" name="list-kind" value={k} checked={kind === k} onChange={() => setKind(k)} data-testid={`list-kind-${k}`} />
                {t(`lists.kind.${k}`)}
              </label>
            ))}
          </div>
        </fieldset>
        {kind === 'prospects' && (
          <div className="field form-narrow">
            <label htmlFor="list-source">{t('lists.source')}</label>
            <select id="list-source" value={source} onChange={(e) => setSource(e.target.value as ProspectSource | '')} data-testid="list-source">
              <option value="">{t('lists.sourceAuto')}</option>
              {PROSPECT_SOURCES.map((s) => (
                <option key={s} value={s}>
                  {t(`lists.sourceName.${s}`)}
                </option>
              ))}
            </select>
          </div>
        )}
        {kind === 'payroll' && (
          <>
            {employer ? (
              <p className="context-line" data-testid="list-employer">
                {t('lists.employer')}: <strong>{employer.name}</strong> <span className="mono">{employer.npp}</span>{' '}
                <button type="button" className="btn btn-quiet btn-small" onClick={() => setEmployer(null)}>
                  {t('lists.employerChange')}
                </button>
              </p>
            ) : (
              <EmployerPicker onPick={(npp) => void pickEmployer(npp)} intro={t('lists.employerPick')} />
            )}
            <PeriodSelect id="list-period" value={period} onChange={setPeriod} testId="list-period" />
            <ImportError error={pickError} />
          </>
        )}
        {kind && <ListUpload key={JSON.stringify(target)} target={target} ready={ready} onSaved={() => setVersion((v) => v + 1)} />}
      </div>
      <ListHistory version={version} />
    </section>
  );
}
