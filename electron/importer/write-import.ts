import { runAs, runBulk } from '../audit/actor';
import { appendAudit } from '../store/audit';
import type { Employer } from '../../shared/domain/employer';
import type { ImportField, ImportKind } from '../../shared/import/fields';
import type { ImportCounts } from '../../shared/import/types';
import type { Db } from '../db/open';
import { commitEmployers } from './commit-employers';
import { commitRoster } from './commit-roster';
import { finishImport, insertImport, rememberMapping } from './import-store';
import type { CheckedEmployerRow, CheckedRosterRow } from './parse-types';

/** Everything the write needs, checked already: plain data, so it can cross to the write worker. */
export interface WritePlan {
  kind: ImportKind;
  employer: Employer | null;
  roster: CheckedRosterRow[];
  employers: (CheckedEmployerRow & { branchCode: string })[];
  counts: ImportCounts;
  fileName: string;
  contentHash: string;
  user: string;
  period: string | null;
  sheet: string;
  headerRow: number;
  mapping: Record<string, ImportField>;
}

export interface WriteOutcome {
  importId: number;
  inserted: number;
  updated: number;
}

/** How often the write reports and looks for a cancel: often enough for 0.5 s updates, rare enough to cost nothing. */
export const WRITE_STEP_ROWS = 1000;

/**
 * Writes one import in one IMMEDIATE transaction (all or nothing). `onRow` runs every WRITE_STEP_ROWS rows
 * inside the transaction: throwing there (a cancel) rolls the whole import back.
 */
export function writeImport(db: Db, plan: WritePlan, onRow: (done: number, total: number) => void = () => {}): WriteOutcome {
  const total = plan.counts.accepted;
  // Rows are journalled by the import itself (for undo); the audit trail gets one entry for the whole import.
  return runAs(plan.user, () =>
    runBulk(() =>
      db
        .transaction((): WriteOutcome => {
          const importId = insertImport(db, {
            kind: plan.kind,
            npp: plan.employer?.npp ?? null,
            fileName: plan.fileName,
            contentHash: plan.contentHash,
            user: plan.user,
            period: plan.period,
            sheet: plan.sheet,
            headerRow: plan.headerRow,
            ...plan.counts,
          });
          onRow(0, total);
          const result =
            plan.kind === 'roster'
              ? commitRoster(db, importId, plan.employer!, plan.roster, plan.period!, (done) => onRow(done, total), WRITE_STEP_ROWS)
              : commitEmployers(db, importId, plan.employers);
          onRow(total, total);
          finishImport(db, importId, result);
          rememberMapping(db, plan.employer?.npp ?? '', plan.kind, plan.mapping);
          appendAudit(db, {
            action: 'import',
            entity: 'import',
            entityId: String(importId),
            actor: plan.user,
            detail: { kind: plan.kind, npp: plan.employer?.npp ?? null, fileName: plan.fileName, ...plan.counts, ...result },
          });
          return { importId, inserted: result.inserted, updated: result.updated };
        })
        .immediate(),
    ),
  );
}
