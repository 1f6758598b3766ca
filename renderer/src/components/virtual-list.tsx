import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import type { PagedRows } from '../lib/use-paged-rows';

export interface Column<T> {
  key: string;
  header: string;
  /** A CSS grid track, e.g. "8rem" or "minmax(12rem, 2fr)". */
  width: string;
  align?: 'end';
  render: (row: T) => ReactNode;
}

interface Props<T> {
  rows: PagedRows<T>;
  columns: Column<T>[];
  label: string;
  emptyText: string;
  loadingText: string;
  onOpen: (row: T) => void;
  testId: string;
  rowTestId: string;
}

const ROW_HEIGHT = 34;
const HEADER_HEIGHT = 34;

/**
 * A keyboard-driven list over a server-paged result: only the visible rows exist in the DOM and only the
 * pages around them are fetched. Arrow keys, Page Up/Down, Home/End move; Enter or a click opens.
 */
export function VirtualList<T>({ rows, columns, label, emptyText, loadingText, onOpen, testId, rowTestId }: Props<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const idPrefix = useId();
  const [active, setActive] = useState(0);
  const count = rows.total ?? 0;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  const { ensureRange } = rows;

  useEffect(() => {
    ensureRange(first, last);
  }, [ensureRange, first, last]);

  useEffect(() => {
    // A new query starts at the top.
    if (rows.total === null) setActive(0);
  }, [rows.total]);

  const grid: CSSProperties = { gridTemplateColumns: columns.map((c) => c.width).join(' ') };
  const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);

  const moveTo = (index: number) => {
    if (count === 0) return;
    const next = Math.min(count - 1, Math.max(0, index));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + pageRows,
      PageUp: active - pageRows,
      Home: 0,
      End: count - 1,
    };
    const target = moves[e.key];
    if (target !== undefined) {
      e.preventDefault();
      moveTo(target);
    } else if (e.key === 'Enter') {
      const row = rows.rowAt(active);
      if (row) {
        e.preventDefault();
        onOpen(row);
      }
    }
  };

  const activeId = count > 0 ? `${idPrefix}-row-${active}` : undefined;

  return (
    <div
      ref={scrollRef}
      className="vlist"
      role="listbox"
      aria-label={label}
      aria-activedescendant={activeId}
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-testid={testId}
      data-total={rows.total ?? ''}
    >
      <div className="vlist-header" style={{ ...grid, height: HEADER_HEIGHT }} aria-hidden="true">
        {columns.map((c) => (
          <span key={c.key} className={c.align === 'end' ? 'cell-end' : undefined}>
            {c.header}
          </span>
        ))}
      </div>
      {rows.total === 0 && <p className="vlist-empty">{emptyText}</p>}
      {rows.total === null && <p className="vlist-empty">{loadingText}</p>}
      <div className="vlist-body" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = rows.rowAt(item.index);
          const isActive = item.index === active;
          return (
            <div
              key={item.key}
              id={`${idPrefix}-row-${item.index}`}
              role="option"
              aria-selected={isActive}
              className={`vlist-row${isActive ? ' is-active' : ''}${row ? '' : ' is-loading'}`}
              style={{ ...grid, height: ROW_HEIGHT, transform: `translateY(${item.start - HEADER_HEIGHT}px)` }}
              data-testid={row ? rowTestId : `${rowTestId}-loading`}
              data-index={item.index}
              onClick={() => {
                setActive(item.index);
                if (row) onOpen(row);
              }}
            >
              {row
                ? columns.map((c) => (
                    <span key={c.key} className={c.align === 'end' ? 'cell-end' : undefined}>
                      {c.render(row)}
                    </span>
                  ))
                : <span className="cell-loading">…</span>}
            </div>
          );
        })}
      </div>
    </div>
  );
}
