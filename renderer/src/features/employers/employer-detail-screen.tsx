import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployerDetail } from '../../../../shared/api/contract';
import { call } from '../../api/client';
import { useBannerStore } from '../../stores/banner-store';
import { useNavStore } from '../../stores/nav-store';
import { useSessionStore } from '../../stores/session-store';
import { can } from '../../../../shared/api/permissions';
import { ExportButton } from '../imports/export-button';
import { EmployerFacts } from './employer-facts';
import { EmployerWorkerList } from './employer-worker-list';

export function EmployerDetailScreen({ npp }: { npp: string }) {
  const { t } = useTranslation();
  const navigate = useNavStore((s) => s.navigate);
  const mayEnter = useSessionStore((s) => (s.session ? can(s.session.role, 'enter') : false));
  const [employer, setEmployer] = useState<EmployerDetail | null>(null);

  useEffect(() => {
    let live = true;
    call('employers-get', { npp })
      .then((e) => live && setEmployer(e))
      .catch((err: unknown) => useBannerStore.getState().show(err));
    return () => {
      live = false;
    };
  }, [npp]);

  return (
    <section className="screen screen-list" aria-labelledby="employer-detail-title">
      <div className="screen-head">
        <button type="button" className="btn btn-quiet" onClick={() => navigate({ name: 'employers' })} data-testid="back-to-list">
          ← {t('employers.title')}
        </button>
        <h1 id="employer-detail-title" data-testid="employer-detail-name">
          {employer?.name ?? npp}
        </h1>
        <div className="head-actions">
          <ExportButton what={{ what: 'workers', npp }} label={t('imports.export.workers')} testId="export-workers" />
          {mayEnter && (
            <button type="button" className="btn" onClick={() => navigate({ name: 'imports', npp })} data-testid="employer-import">
              {t('imports.import')}
            </button>
          )}
          <button type="button" className="btn" onClick={() => navigate({ name: 'gap-employer', npp })} data-testid="employer-gaps">
            {t('gaps.employerLink')}
          </button>
          {mayEnter && (
            <>
              <button
                type="button"
                className="btn"
                onClick={() => navigate({ name: 'employer-edit', npp })}
                data-testid="employer-edit"
              >
                {t('employerDetail.edit')}
              </button>
              <button
                type="button"
                className="btn btn-primary"
                autoFocus
                onClick={() => navigate({ name: 'enrol', npp })}
                data-testid="enrol-worker"
              >
                {t('employerDetail.enrol')}
              </button>
            </>
          )}
        </div>
      </div>
      {employer && <EmployerFacts employer={employer} />}
      <h2 className="section-title">{t('employerDetail.workers')}</h2>
      <EmployerWorkerList npp={npp} />
    </section>
  );
}
