import { useCallback, useEffect, useRef, useState } from 'react';
import type { Page } from '../../../shared/domain/page';

export const PAGE_SIZE = 200;

/** `previous`: the last row of the page before, when it is loaded, so the server can seek instead of counting rows. */
export type FetchPage<T> = (offset: number, limit: number, previous?: T) => Promise<Page<T>>;

export interface PagedRows<T> {
  /** null until the first page has arrived. */
  total: number | null;
  rowAt: (index: number) => T | undefined;
  /** Fetches every page touching [first, last] that is not loaded or loading yet. */
  ensureRange: (first: number, last: number) => void;
  loading: boolean;
  error: unknown;
  reload: () => void;
}

/**
 * Rows of a server-side list fetched page by page on demand, so a 30,000-row list only ever holds the
 * pages the user scrolled past. `key` identifies the query: a new key drops the cache, and answers for an
 * old key are ignored.
 */
export function usePagedRows<T>(key: string, fetchPage: FetchPage<T>): PagedRows<T> {
  const pages = useRef(new Map<number, T[]>());
  const pending = useRef(new Set<number>());
  const generation = useRef(0);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const [total, setTotal] = useState<number | null>(null);
  const [, setVersion] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [reloads, setReloads] = useState(0);

  const loadPage = useCallback((pageIndex: number) => {
    if (pages.current.has(pageIndex) || pending.current.has(pageIndex)) return;
    const gen = generation.current;
    pending.current.add(pageIndex);
    setVersion((v) => v + 1);
    fetchRef
      .current(pageIndex * PAGE_SIZE, PAGE_SIZE, pages.current.get(pageIndex - 1)?.at(-1))
      .then((page) => {
        if (gen !== generation.current) return;
        pages.current.set(pageIndex, page.items);
        setTotal(page.total);
      })
      .catch((err: unknown) => {
        if (gen === generation.current) setError(err);
      })
      .finally(() => {
        if (gen !== generation.current) return;
        pending.current.delete(pageIndex);
        setVersion((v) => v + 1);
      });
  }, []);

  useEffect(() => {
    generation.current += 1;
    pages.current = new Map();
    pending.current = new Set();
    setTotal(null);
    setError(null);
    loadPage(0);
  }, [key, reloads, loadPage]);

  const ensureRange = useCallback(
    (first: number, last: number) => {
      if (last < first) return;
      for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor(last / PAGE_SIZE); p++) loadPage(p);
    },
    [loadPage],
  );

  const rowAt = (index: number): T | undefined => pages.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];

  return {
    total,
    rowAt,
    ensureRange,
    loading: pending.current.size > 0,
    error,
    reload: () => setReloads((r) => r + 1),
  };
}
