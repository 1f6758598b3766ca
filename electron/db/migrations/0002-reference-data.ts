import { loadReferenceData } from '../../store/reference-seed';
import type { Migration } from './migration';

export const referenceData: Migration = {
  version: 2,
  name: 'reference data: regions, branches, minimum wages, JP caps, pension ages, JKK rates, workforce',
  up(db) {
    loadReferenceData(db);
  },
};
