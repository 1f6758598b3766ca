import type { Migration } from './migration';

/**
 * Version 10 belongs to a step built on another branch (issue 11); this placeholder keeps the versions
 * consecutive here and is replaced by that step when the branches meet.
 */
export const reservedTen: Migration = {
  version: 10,
  name: 'reserved (issue 11, another branch)',
  up() {},
};
