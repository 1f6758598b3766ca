import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployerDetail } from '../../../../shared/api/contract';
import type { Membership } from '../../../../shared/domain/worker';
import { call } from '../../api/client';
import { useBannerStore } from '../../stores/banner-store';
import { useEnrolDraftStore } from '../../stores/enrol-draft-store';
import { useNavStore } from '../../stores/nav-store';
import { EmployerPicker } from './employer-picker';
import { EnrolConfirmation } from './enrol-confirmation';
import { EnrolForm } from './enrol-form';
import type { EnrolFormValues } from './enrol-form-values';

interface Done {
  membership: Membership;
  values: EnrolFormValues;
}

/** Pendaftaran Tenaga Kerja: pick the employer (if not given), type the worker, confirm, repeat. */
export function EnrolScreen({ npp: given }: { npp: string | null }) {
  const { t } = useTranslation();
  const navigate = useNavStore((s) => s.navigate);
  const lastNpp = useEnrolDraftStore((s) => s.lastNpp);
  const setLastNpp = useEnrolDraftStore((s) => s.setLastNpp);
  const npp = given ?? lastNpp;
  const [employer, setEmployer] = useState<EmployerDetail | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    if (!npp) return;
    let live = true;
    setEmployer(null);
    call('employers-get', { npp })
      .then((e) => {
        if (!live) return;
        setEmployer(e);
        setLastNpp(e.npp);
      })
      .catch((err: unknown) => {
        if (!live) return;
        setLastNpp(null);
        useBannerStore.getState().show(err);
      });
    return () => {
      live = false;
    };
  }, [npp, setLastNpp]);

  if (!npp) {
    return (
      <section className="screen" aria-labelledby="enrol-title">
        <div className="screen-head">
          <h1 id="enrol-title">{t('enrol.title')}</h1>
        </div>
        <EmployerPicker onPick={(picked) => navigate({ name: 'enrol', npp: picked })} />
      </section>
    );
  }

  return (
    <section className="screen" aria-labelledby="enrol-title">
      <div className="screen-head">
        <button type="button" className="btn btn-quiet" onClick={() => navigate({ name: 'employer-detail', npp })}>
          ← {employer?.name ?? npp}
        </button>
        <h1 id="enrol-title">{t('enrol.title')}</h1>
        <div className="head-actions">
          <button
            type="button"
            className="btn btn-quiet"
            onClick={() => {
              setLastNpp(null);
              navigate({ name: 'enrol', npp: null });
            }}
            data-testid="enrol-change-employer"
          >
            {t('enrol.changeEmployer')}
          </button>
        </div>
      </div>
      {employer && (
        <p className="context-line" data-testid="enrol-employer">
          {t('enrol.forEmployer', { name: employer.name, npp: employer.npp, regency: employer.regencyName })}
        </p>
      )}
      {!employer && <p>{t('common.loading')}</p>}
      {employer && done && (
        <EnrolConfirmation
          employer={employer}
          membership={done.membership}
          values={done.values}
          onAgain={() => {
            setDone(null);
            setRound((r) => r + 1);
          }}
          onOpenEmployer={() => navigate({ name: 'employer-detail', npp: employer.npp })}
        />
      )}
      {employer && !done && (
        <EnrolForm
          key={round}
          employer={employer}
          onEnrolled={(membership, values) => setDone({ membership, values })}
          onCancel={() => navigate({ name: 'employer-detail', npp: employer.npp })}
        />
      )}
    </section>
  );
}
