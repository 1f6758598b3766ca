import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { downloadFile } from '../../lib/download-file';
import { useBannerStore } from '../../stores/banner-store';
import { useGapFilterStore } from '../../stores/gap-filter-store';

/**
 * The gap list as Excel, with exactly the screen's filters and order. The host decides what it carries:
 * NIKs of underpaid workers for the branch head only; every export is in the audit trail.
 */
export function GapExportButton() {
  const { t } = useTranslation();
  const { period, branch, regencyCode, kind, scale, sort } = useGapFilterStore();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      downloadFile(
        await call('gaps-export', {
          period,
          sort,
          ...(branch ? { branch } : {}),
          ...(regencyCode ? { regencyCode } : {}),
          ...(kind ? { kind } : {}),
          ...(scale ? { scale } : {}),
        }),
      );
    } catch (err) {
      useBannerStore.getState().show(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className="btn" onClick={() => void run()} disabled={busy} data-testid="gaps-export">
      {busy ? t('gaps.export.busy') : `⬇ ${t('gaps.export.label')}`}
    </button>
  );
}
