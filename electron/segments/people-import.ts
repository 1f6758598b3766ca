import { formatMessage } from '../../shared/i18n/messages';
import type { RowIssue } from '../../shared/import/types';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';
import type { ParsedFile } from '../importer/parse-types';
import { findWorkersByNik, insertWorker } from '../store/workers';

/**
 * What the imports of outside lists of people (a funder's list, a contractor's project roster) share once the
 * parse worker has read the file: store-side row issues, the people behind the NIKs, and undo of the people an
 * import created.
 */

/** A row issue found with the store (row 0: about the whole file). Never repeats the NIK. */
export function storeIssue(row: number, column: string, code: string, severity: 'error' | 'warning', params: Record<string, string | number>): RowIssue {
  return { row, column, code, severity, field: row ? 'nik' : undefined, params, message: formatMessage(code, params, 'id') };
}

/** The NIK column as the file names it, for store-side issues. */
export function nikColumnOf(parsed: ParsedFile): string {
  const m = parsed.preview.mapping.find((c) => c.field === 'nik');
  return m ? m.header || m.letter : '';
}

export interface PersonRow {
  nik: string;
  name: string;
  birthDate: string;
  gender: 'L' | 'P';
  phone?: string | null;
}

/**
 * The person id of every row: the one on record, or a new person. New people get consecutive ids inside the
 * caller's transaction, so `firstNew..lastNew` is exactly the set an undo may remove.
 */
export function peopleFor(db: Db, rows: readonly PersonRow[], now: string): { ids: Map<string, number>; firstNew: number | null; lastNew: number | null } {
  const known = findWorkersByNik(db, rows.map((r) => r.nik));
  const ids = new Map<string, number>();
  let firstNew: number | null = null;
  let lastNew: number | null = null;
  for (const r of rows) {
    let id = known.get(r.nik)?.id ?? ids.get(r.nik);
    if (id === undefined) {
      id = insertWorker(db, { nik: r.nik, name: r.name, birthDate: r.birthDate, gender: r.gender, kpj: null, phone: r.phone ?? null }, now);
      firstNew ??= id;
      lastNew = id;
    }
    ids.set(r.nik, id);
  }
  return { ids, firstNew, lastNew };
}

/** Removes the people an import created unless something (a membership, a programme, a project) uses them now. */
export function removeUnusedPeople(db: Db, from: number | null, to: number | null): number {
  if (from === null || to === null) return 0;
  return stmt(
    db,
    `DELETE FROM workers WHERE id BETWEEN @from AND @to
       AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.worker_id = workers.id)
       AND NOT EXISTS (SELECT 1 FROM bpu_memberships b WHERE b.worker_id = workers.id)
       AND NOT EXISTS (SELECT 1 FROM funded_members f WHERE f.worker_id = workers.id)
       AND NOT EXISTS (SELECT 1 FROM jakon_workers j WHERE j.worker_id = workers.id)`,
  ).run({ from, to }).changes;
}
