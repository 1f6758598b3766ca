import type { Migration } from './migration';

/**
 * Placeholder only in branch h13: version 7 is assigned to a parallel branch, and the runner needs consecutive
 * versions. At merge the lead replaces this step with the real version 7 (or renumbers 0008 to 7).
 */
export const reservedSeven: Migration = {
  version: 7,
  name: 'reserved for a parallel branch (no change)',
  up() {},
};
