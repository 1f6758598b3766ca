import { useCallback, useEffect, useRef, useState } from 'react';
import type { PagedRows } from './use-paged-rows';

export interface CursorPage<T> {
  items: T[];
  total: number;
  totalExact: boolean;
  next: string | null;
}

export type FetchCursorPage<T> = (cursor: string | undefined) => Promise<CursorPage<T>>;

export interface CursorRows<T> extends PagedRows<T> {
  /** The count the server gave: exact, or a lower bound when `totalExact` is false. */
  count: number | null;
  totalExact: boolean;
  loaded: number;
}

/**
 * Rows of a keyset-paged result ("the page after this one"), fetched in order as the list scrolls: asking
 * for a row further down loads page after page until it is there. While the count is exact the list has
 * its full height; past the bound it grows by a page at a time. `key` identifies the query (null: none).
 */
export function useCursorRows<T>(key: string | null, fetchPage: FetchCursorPage<T>): CursorRows<T> {
  const rows = useRef<T[]>([]);
  const next = useRef<string | null>(null);
  const wanted = useRef(0);
  const pending = useRef(false);
  const generation = useRef(0);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const [count, setCount] = useState<number | null>(null);
  const [totalExact, setTotalExact] = useState(true);
  const [, setVersion] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [reloads, setReloads] = useState(0);

  const load = useCallback((cursor: string | undefined) => {
    const gen = generation.current;
    pending.current = true;
    setVersion((v) => v + 1);
    fetchRef
      .current(cursor)
      .then((page) => {
        if (gen !== generation.current) return;
        rows.current = [...rows.current, ...page.items];
        next.current = page.next;
        setCount(page.total);
        setTotalExact(page.totalExact);
      })
      .catch((err: unknown) => {
        if (gen === generation.current) setError(err);
      })
      .finally(() => {
        if (gen !== generation.current) return;
        pending.current = false;
        setVersion((v) => v + 1);
        // Keep going until the row asked for (a jump to the end) has arrived.
        if (rows.current.length <= wanted.current && next.current) load(next.current);
      });
  }, []);

  useEffect(() => {
    generation.current += 1;
    rows.current = [];
    next.current = null;
    wanted.current = 0;
    pending.current = false;
    setCount(null);
    setError(null);
    if (key !== null) load(undefined);
  }, [key, reloads, load]);

  const ensureRange = useCallback(
    (_first: number, last: number) => {
      wanted.current = Math.max(wanted.current, last);
      if (!pending.current && next.current && rows.current.length <= last) load(next.current);
    },
    [load],
  );

  const loaded = rows.current.length;
  // Exact: the whole list's height at once. Past the bound: what is loaded plus one row that loads more.
  const total = count === null ? null : totalExact ? count : loaded + (next.current ? 1 : 0);
  return {
    total,
    count,
    totalExact,
    loaded,
    rowAt: (index) => rows.current[index],
    ensureRange,
    loading: pending.current,
    error,
    reload: () => setReloads((r) => r + 1),
  };
}
