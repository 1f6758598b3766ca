import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { getEmployer, insertEmployer, updateEmployer } from '../store/employers';
import { journal, type ImportOutcome } from './import-store';
import type { CheckedEmployerRow } from './parse-types';

/** Writes accepted employer rows inside the caller's transaction; an NPP already known is updated, its old row journaled. */
export function commitEmployers(db: Db, importId: number, rows: readonly (CheckedEmployerRow & { branchCode: string })[]): ImportOutcome {
  let inserted = 0;
  let updated = 0;
  for (const row of rows) {
    const existing = getEmployer(db, row.npp);
    const { row: _row, ...input } = row;
    if (!existing) {
      insertEmployer(db, input);
      journal(db, importId, 'employer', row.npp, 'insert', null);
      inserted++;
      continue;
    }
    const same =
      existing.name === row.name &&
      existing.npwp === row.npwp &&
      existing.nib === row.nib &&
      existing.regencyCode === row.regencyCode &&
      existing.address === row.address &&
      existing.scale === row.scale &&
      existing.riskGroup === row.riskGroup &&
      existing.programs.join(',') === [...row.programs].sort().join(',') &&
      existing.reportedHeadcount === row.reportedHeadcount;
    if (same) continue;
    journal(db, importId, 'employer', row.npp, 'update', stmt(db, 'SELECT * FROM employers WHERE npp = ?').get(row.npp));
    updateEmployer(db, { ...input, branchCode: existing.branchCode });
    updated++;
  }
  return { inserted, updated, workerIds: null, membershipIds: null };
}
