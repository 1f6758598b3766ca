import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployerDetail } from '../../../../shared/api/contract';
import { call } from '../../api/client';
import { useBannerStore } from '../../stores/banner-store';
import { useEmployerDraftStore } from '../../stores/employer-draft-store';
import { EmployerForm } from './employer-form';
import { emptyEmployerForm, employerToForm } from './employer-form-values';

/** Create (npp null) or edit an employer. The draft lives in the session store until saved or cancelled. */
export function EmployerFormScreen({ npp }: { npp: string | null }) {
  const { t } = useTranslation();
  const draftKey = npp ?? 'new';
  const draft = useEmployerDraftStore((s) => s.drafts[draftKey]);
  // Only a draft found on arrival is news; the one being typed now is not.
  const [restored] = useState(() => draft !== undefined);
  const [existing, setExisting] = useState<EmployerDetail | null>(null);

  useEffect(() => {
    if (npp === null) return;
    let live = true;
    call('employers-get', { npp })
      .then((e) => live && setExisting(e))
      .catch((err: unknown) => useBannerStore.getState().show(err));
    return () => {
      live = false;
    };
  }, [npp]);

  const title = npp === null ? t('employerForm.titleNew') : t('employerForm.titleEdit', { npp });
  const initial = draft ?? (npp === null ? emptyEmployerForm() : existing ? employerToForm(existing) : null);

  return (
    <section className="screen" aria-labelledby="employer-form-title">
      <div className="screen-head">
        <h1 id="employer-form-title">{title}</h1>
        {restored && <span className="draft-note" data-testid="draft-note">{t('form.draftKept')}</span>}
      </div>
      {initial ? (
        <EmployerForm draftKey={draftKey} mode={npp === null ? 'create' : 'update'} initial={initial} />
      ) : (
        <p>{t('common.loading')}</p>
      )}
    </section>
  );
}
