import type { ApiName } from '../../../../shared/api/names';
import { permissionFor } from '../../../../shared/api/permissions';

/** Lists are checked inside their handler (company lists vs workforce figures), so their table entry says 'read'. */
const WRITES_CHECKED_INSIDE: readonly ApiName[] = ['lists-import', 'lists-undo'];

/** Whether a handler changes what the desk holds: after one, the top bar reads the pending count again. */
export function isWrite(name: ApiName): boolean {
  if (name.startsWith('sync-') || name === 'uploads-put') return false;
  const needs = permissionFor(name);
  return (needs !== 'read' && needs !== 'public') || WRITES_CHECKED_INSIDE.includes(name);
}
