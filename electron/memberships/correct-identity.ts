import type { Gender } from '../../shared/domain/worker';
import type { ValidationIssue } from '../../shared/validate/issue';
import { nikBirthDateMismatch, nikGenderMismatch } from '../../shared/validate/nik';
import type { Db } from '../db/open';
import { nowIso, stmt } from '../db/statements';
import { AppError } from '../errors/app-error';
import { appendAudit } from '../store/audit';
import { insertCorrection } from '../store/membership-history';
import { findWorker } from '../store/workers';

export interface IdentityFix {
  nik: string;
  name: string;
  birthDate: string;
  gender: Gender;
  reason: string;
  documentNote: string | null;
}

/**
 * Corrects a person's name, birth date or gender (the branch head, checked by the handler's permission).
 * The NIK stays: it is not reissued when a birth date is corrected, so a disagreement with it is a warning
 * to check against the KTP, returned to the caller. Audited as a correction with its reason and document.
 */
export function correctIdentity(db: Db, fix: IdentityFix): ValidationIssue[] {
  const worker = findWorker(db, fix.nik);
  if (!worker) throw new AppError('WORKER_NOT_FOUND');
  const before = { name: worker.name, birthDate: worker.birthDate, gender: worker.gender };
  const after = { name: fix.name, birthDate: fix.birthDate, gender: fix.gender };
  const changed = (Object.keys(after) as (keyof typeof after)[]).filter((k) => before[k] !== after[k]);
  if (!changed.length) throw new AppError('CORRECTION_UNCHANGED');
  stmt(db, 'UPDATE workers SET name = @name, birth_date = @birthDate, gender = @gender, updated_at = @now WHERE id = @id').run({
    ...after,
    id: worker.id,
    now: nowIso(),
  });
  insertCorrection(db, worker.id, { before, after, reason: fix.reason, documentNote: fix.documentNote });
  appendAudit(db, {
    action: 'correction',
    entity: 'worker',
    entityId: fix.nik,
    detail: { fields: changed, reason: fix.reason, documentNote: fix.documentNote },
  });
  return [nikBirthDateMismatch(fix.nik, fix.birthDate), nikGenderMismatch(fix.nik, fix.gender)].filter((i): i is ValidationIssue => i !== null);
}
