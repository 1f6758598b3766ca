import { useEffect } from 'react';
import { useSyncStore } from '../../stores/sync-store';

/** How often the top bar reads the sync state: cheap (two counts), and a background sync shows within seconds. */
export const SYNC_POLL_MS = 10_000;

export function useSyncPolling(): void {
  const refresh = useSyncStore((s) => s.refresh);
  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), SYNC_POLL_MS);
    return () => clearInterval(timer);
  }, [refresh]);
}
