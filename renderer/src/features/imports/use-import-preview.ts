import { useEffect, useRef, useState } from 'react';
import type { ImportHeaderPreview, ImportPreview, ImportProgress } from '../../../../shared/import/types';
import { call } from '../../api/client';
import { importSource, useImportWizardStore, type IssueFilter } from '../../stores/import-wizard-store';

interface Loaded<T> {
  data: T | null;
  loading: boolean;
  error: unknown;
  progress: ImportProgress | null;
  reload: () => void;
}

const POLL_MS = 300;

/**
 * Runs a preview whenever the wizard's choices change. The last answer stays on screen while the next one
 * runs (a changed select must not blank the table), and an answer for outdated choices is dropped.
 */
function usePreview<T>(enabled: boolean, mode: 'header' | 'full', filter: IssueFilter = 'all'): Loaded<T> {
  const state = useImportWizardStore();
  const source = enabled && state.upload ? importSource(state) : null;
  const key = JSON.stringify([mode, source, filter]);
  const [data, setData] = useState<{ uploadId: string; value: T } | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [reloads, setReloads] = useState(0);
  const sourceRef = useRef(source);
  sourceRef.current = source;

  useEffect(() => {
    const src = sourceRef.current;
    if (!src) return;
    let live = true;
    setLoading(true);
    setError(null);
    setProgress(null);
    // Both transports are request/response: the progress of the running parse is polled beside it.
    const poll = mode === 'full'
      ? window.setInterval(() => {
          call('imports-progress', { uploadId: src.uploadId })
            .then((p) => live && p && p.phase !== 'done' && setProgress(p))
            // A missed progress poll only skips one update of the bar; the next poll or the result follows.
            .catch(() => undefined);
        }, POLL_MS)
      : undefined;
    const request =
      mode === 'header'
        ? call('imports-preview', { ...src, headerOnly: true })
        : call('imports-preview', { ...src, ...(filter === 'all' ? {} : { severity: filter }), limit: 1000 });
    request
      .then((value) => {
        if (live) setData({ uploadId: src.uploadId, value: value as T });
      })
      .catch((err: unknown) => {
        if (live) setError(err);
      })
      .finally(() => {
        window.clearInterval(poll);
        if (live) setLoading(false);
      });
    return () => {
      live = false;
      window.clearInterval(poll);
    };
  }, [key, mode, filter, reloads]);

  // An answer about another file is never shown, even while the new one loads.
  const current = data && source && data.uploadId === source.uploadId ? data.value : null;
  return { data: current, loading, error, progress, reload: () => setReloads((r) => r + 1) };
}

export const useHeaderPreview = (enabled: boolean) => usePreview<ImportHeaderPreview>(enabled, 'header');
export const useFullPreview = (enabled: boolean, filter: IssueFilter) => usePreview<ImportPreview>(enabled, 'full', filter);
