import { SYNC_ENTITIES, type SyncEntity, type WireRow } from './entities';
import { compareHlc } from './hlc';
import type { ChangeOutcome, SyncChange } from './protocol';

/**
 * A row as the server holds it: the data, and for each field the stamp of the edit that set it (`*` stands
 * for every field not named, so a row written once carries one stamp, not one per field).
 */
export interface StoredRow {
  data: WireRow;
  fieldHlc: Record<string, string>;
  deleted: boolean;
}

export interface FieldConflict {
  field: string;
  local: unknown;
  remote: unknown;
}

/** A value that lost a race: kept so nobody's edit vanishes without trace. */
export interface Superseded {
  field: string;
  value: unknown;
  hlc: string;
}

export interface MergeResult {
  outcome: ChangeOutcome;
  code?: string;
  /** The row to store; null when nothing changes. */
  next: StoredRow | null;
  conflicts: FieldConflict[];
  superseded: Superseded[];
}

const same = (a: unknown, b: unknown): boolean => (a ?? null) === (b ?? null);

const fresh = (data: WireRow, hlc: string): StoredRow => ({ data, fieldHlc: { '*': hlc }, deleted: false });

export const stampOf = (row: StoredRow, field: string): string => row.fieldHlc[field] ?? row.fieldHlc['*'] ?? '';

/**
 * How the server folds one desk change into the row it holds. The rules:
 * - a field the desk did not change is never touched (different fields of one row merge);
 * - a change made on top of what the server holds (the desk's `prev` equals the server's value) is a plain
 *   sequential edit and wins whatever the clocks say;
 * - concurrent edits of an ordinary field: the later hybrid-clock stamp wins and the other value is kept as
 *   superseded history;
 * - concurrent edits of a first-wins field (a person's identity): the value the server accepted first stands
 *   and the other becomes a conflict for the branch head;
 * - a delete of a row someone else has changed since the deleting desk saw it is refused (IMPORT_UNDO_EDITED).
 */
export function mergeChange(current: StoredRow | null, change: SyncChange): MergeResult {
  const spec = SYNC_ENTITIES[change.entity as SyncEntity];
  const none = { conflicts: [], superseded: [] };
  if (change.op === 'delete') {
    if (!current || current.deleted) return { outcome: 'accepted', next: null, ...none };
    const prev = change.prev ?? {};
    const editedElsewhere = spec.fields.some((f) => !same(current.data[f], prev[f]));
    if (editedElsewhere) return { outcome: 'refused', code: 'IMPORT_UNDO_EDITED', next: null, ...none };
    return { outcome: 'accepted', next: { ...current, deleted: true }, ...none };
  }
  const data = change.data!;
  if (!current) return { outcome: 'accepted', next: fresh(data, change.hlc), ...none };
  if (current.deleted) {
    // Editing a row the server has deleted: a re-creation stands, an edit of the old row does not.
    if (change.prev) return { outcome: 'refused', code: 'SYNC_ROW_DELETED', next: null, ...none };
    return { outcome: 'accepted', next: fresh(data, change.hlc), ...none };
  }
  const nextData: WireRow = { ...current.data };
  const nextHlc = { ...current.fieldHlc };
  const conflicts: FieldConflict[] = [];
  const superseded: Superseded[] = [];
  let changed = false;
  let merged = false;
  for (const field of spec.fields) {
    if (!(field in data)) continue;
    const mine = data[field];
    const theirs = current.data[field];
    const desksEdit = change.prev === null || !same(change.prev[field], mine);
    if (!desksEdit) continue;
    if (same(mine, theirs)) {
      merged = merged || change.prev === null;
      continue;
    }
    const onTopOfServer = change.prev !== null && same(change.prev[field], theirs);
    const stored = stampOf(current, field);
    if (onTopOfServer) {
      nextData[field] = mine ?? null;
      nextHlc[field] = compareHlc(change.hlc, stored) > 0 ? change.hlc : stored;
      changed = true;
    } else if (spec.firstWins.includes(field)) {
      conflicts.push({ field, local: mine, remote: theirs });
    } else if (compareHlc(change.hlc, stored) > 0) {
      superseded.push({ field, value: theirs, hlc: stored });
      nextData[field] = mine ?? null;
      nextHlc[field] = change.hlc;
      changed = true;
    } else {
      superseded.push({ field, value: mine, hlc: change.hlc });
    }
  }
  const outcome: ChangeOutcome = conflicts.length ? 'conflict' : merged && !changed ? 'merged' : 'accepted';
  return { outcome, next: changed ? { data: nextData, fieldHlc: nextHlc, deleted: false } : null, conflicts, superseded };
}
