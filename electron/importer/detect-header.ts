import { definitionsFor, type ImportField, type ParseKind } from '../../shared/import/fields';
import { matchHeader, normaliseHeader } from '../../shared/import/header-match';
import type { ColumnMapping } from '../../shared/import/types';
import { cellText } from '../../shared/import/values';
import { IMPORT_LIMITS } from './limits';
import { columnLetter, type SheetGrid } from './read-workbook';

export interface HeaderChoice {
  /** 0-based row index of the header. */
  headerIndex: number;
  /** Distinct data fields the header names (the "No." column does not count). */
  hits: number;
  mapping: ColumnMapping[];
}

function mappingForRow(grid: SheetGrid, r: number, kind: ParseKind, remembered: Record<string, ImportField>): ColumnMapping[] {
  const columns: ColumnMapping[] = [];
  for (let c = 0; c < grid.columns; c++) {
    const header = cellText(grid.cell(r, c));
    const match = typeof grid.cell(r, c) === 'string' ? matchHeader(header, kind, remembered) : null;
    columns.push({
      index: c,
      letter: columnLetter(c),
      header,
      field: match?.field ?? null,
      confidence: match?.confidence ?? 0,
      how: match?.how ?? 'none',
    });
  }
  // One column per field: the most confident wins, the leftmost on a tie.
  const best = new Map<ImportField, ColumnMapping>();
  for (const col of columns) {
    if (!col.field) continue;
    const held = best.get(col.field);
    if (!held || col.confidence > held.confidence) best.set(col.field, col);
  }
  for (const col of columns) {
    if (col.field && best.get(col.field) !== col) Object.assign(col, { field: null, confidence: 0, how: 'none' });
  }
  // Trailing empty header cells are not columns anyone named.
  while (columns.length && !columns[columns.length - 1]!.header && !columns[columns.length - 1]!.field) columns.pop();
  return columns;
}

const hitsOf = (mapping: ColumnMapping[]): number =>
  mapping.filter((m) => m.field && m.field !== 'rowNumber' && m.confidence >= 0.7).length;

/** The header is the row among the first rows that names the most fields (title rows above it name none). */
export function detectHeader(
  grid: SheetGrid,
  kind: ParseKind,
  remembered: Record<string, ImportField> = {},
  forcedHeaderRow?: number,
): HeaderChoice | null {
  if (forcedHeaderRow !== undefined) {
    const index = forcedHeaderRow - 1;
    if (index < 0 || index >= grid.rows) return null;
    const mapping = mappingForRow(grid, index, kind, remembered);
    return { headerIndex: index, hits: hitsOf(mapping), mapping };
  }
  let best: HeaderChoice | null = null;
  const last = Math.min(grid.rows, IMPORT_LIMITS.headerScanRows);
  for (let r = 0; r < last; r++) {
    const mapping = mappingForRow(grid, r, kind, remembered);
    const hits = hitsOf(mapping);
    if (hits >= 2 && (!best || hits > best.hits)) best = { headerIndex: r, hits, mapping };
  }
  return best;
}

/** Overrides typed on the mapping screen, by column letter; null unmaps a column. */
export function applyOverrides(mapping: ColumnMapping[], overrides: Record<string, string | null> = {}): ColumnMapping[] {
  const out = mapping.map((m) => ({ ...m }));
  for (const [letter, field] of Object.entries(overrides)) {
    const col = out.find((m) => m.letter === letter.toUpperCase());
    if (!col) continue;
    if (field) for (const other of out) if (other.field === field) Object.assign(other, { field: null, confidence: 0, how: 'none' });
    Object.assign(col, { field: field ?? null, confidence: field ? 1 : 0, how: 'override' });
  }
  return out;
}

export function missingRequired(mapping: ColumnMapping[], kind: ParseKind): ImportField[] {
  const mapped = new Set(mapping.map((m) => m.field));
  return definitionsFor(kind)
    .filter((d) => d.required && !mapped.has(d.field))
    .map((d) => d.field);
}

/** The mapping to remember for this employer: normalised header text → field. */
export function mappingToRemember(mapping: ColumnMapping[]): Record<string, ImportField> {
  const out: Record<string, ImportField> = {};
  for (const m of mapping) if (m.field && m.header) out[normaliseHeader(m.header)] = m.field;
  return out;
}
