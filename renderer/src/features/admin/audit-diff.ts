import type { AuditEntry } from '../../../../shared/domain/staff';

export interface DiffLine {
  field: string;
  before: unknown;
  after: unknown;
}

const asRecord = (value: unknown): Record<string, unknown> | null =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields worth reading: on an update only those that changed; on a create what was filled in; on a
 * delete what was there. Unchanged columns would bury the one that matters.
 */
export function diffLines(before: unknown, after: unknown): DiffLine[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  return keys
    .map((field) => ({ field, before: b ? b[field] : undefined, after: a ? a[field] : undefined }))
    .filter((line) => (b && a ? !same(line.before, line.after) : (line.after ?? line.before) !== null));
}

/** The `detail` of a non-row event (import, export, backup…) as key/value pairs; plain text as one pair. */
export function detailLines(detail: string | null): [string, unknown][] {
  if (!detail) return [];
  try {
    const parsed: unknown = JSON.parse(detail);
    const record = asRecord(parsed);
    return record ? Object.entries(record).filter(([, v]) => v !== null && v !== undefined) : [['', parsed]];
  } catch {
    return [['', detail]];
  }
}

/** What the row was called: an employer's or worker's name, a user's full name, an exported or imported file. */
export function entryLabel(e: AuditEntry): string | null {
  for (const side of [e.after, e.before]) {
    const r = asRecord(side);
    const name = r?.name ?? r?.display_name;
    if (typeof name === 'string' && name) return name;
    // A membership row names no person: its employer says which one it is ("Kepesertaan 62754" alone does not).
    if (typeof r?.npp === 'string' && r.npp) return `NPP ${r.npp}`;
  }
  const file = detailLines(e.detail).find(([k]) => k === 'fileName')?.[1];
  return typeof file === 'string' ? file : null;
}

/** How many fields an update changed, for the row summary. */
export const changedCount = (e: AuditEntry): number => (e.action === 'update' ? diffLines(e.before, e.after).length : 0);
