import { SYNC_ENTITIES } from '../../shared/sync/entities';
import type { DeskTable } from './desk-table-type';

/** The local column of each wire field, in wire order: a reference travels by global key, lands as a local id. */
export const localColumns = (t: DeskTable): string[] => SYNC_ENTITIES[t.entity].fields.map((f) => t.refs?.find((r) => r.field === f)?.column ?? f);

/** Whether a pulled change stamps the row's `updated_at` (tables whose new rows get one). */
export const stampsUpdate = (t: DeskTable): boolean => !!t.insertDefaults && 'updated_at' in t.insertDefaults;

/**
 * `ON CONFLICT (…) DO UPDATE SET …` for a pulled row: every travelling column takes the incoming value. Null when
 * the table has no unique key to target. Both the row-by-row and the bulk apply build their upsert from this.
 */
export function onConflictUpdate(t: DeskTable): string | null {
  if (!t.conflictTarget) return null;
  const set = [...localColumns(t).map((c) => `${c} = excluded.${c}`), ...(stampsUpdate(t) ? ['updated_at = excluded.updated_at'] : [])];
  return `ON CONFLICT(${t.conflictTarget}) DO UPDATE SET ${set.join(', ')}`;
}
