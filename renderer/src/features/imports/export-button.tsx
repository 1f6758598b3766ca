import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiArg } from '../../../../shared/api/contract';
import { can } from '../../../../shared/api/permissions';
import { call } from '../../api/client';
import { useBannerStore } from '../../stores/banner-store';
import { useSessionStore } from '../../stores/session-store';
import { downloadFile } from '../../lib/download-file';

interface Props {
  what: ApiArg<'exports-create'>;
  label: string;
  testId: string;
}

/**
 * An Excel export as a download. A workers export carries NIKs and wages: only the branch head may make one,
 * so a clerk does not see the button at all (the backend refuses with FORBIDDEN anyway).
 */
export function ExportButton({ what, label, testId }: Props) {
  const { t } = useTranslation();
  const role = useSessionStore((s) => s.session?.role);
  const [busy, setBusy] = useState(false);
  if (!role || (what.what === 'workers' && !can(role, 'personal-export'))) return null;
  const run = async () => {
    setBusy(true);
    try {
      downloadFile(await call('exports-create', what));
    } catch (err) {
      useBannerStore.getState().show(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className="btn" onClick={() => void run()} disabled={busy} data-testid={testId}>
      {busy ? t('imports.export.busy') : `⬇ ${label}`}
    </button>
  );
}
