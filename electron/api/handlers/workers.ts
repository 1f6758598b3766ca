import type { NikCheck } from '../../../shared/api/contract';
import type { EnrolmentInput, WorkerDetail } from '../../../shared/domain/worker';
import type { ValidationIssue } from '../../../shared/validate/issue';
import { normaliseKpj, validateKpj } from '../../../shared/validate/kpj';
import { decodeNik, nikBirthDateMismatch, nikGenderMismatch, normaliseNik, validateNik } from '../../../shared/validate/nik';
import { normaliseNpp } from '../../../shared/validate/npp';
import { workingAgeIssue } from '../../../shared/rules/working-age';
import type { Db } from '../../db/open';
import { appendAudit } from '../../store/audit';
import { getEmployer } from '../../store/employers';
import { activeMembership, getMembership, insertMembership, membershipsOfWorker } from '../../store/memberships';
import { segmentMembershipsOf } from '../../store/segment-memberships';
import { correctionsOf, endOf, wageHistory } from '../../store/membership-history';
import { endWithReason } from '../../memberships/lifecycle';
import { findWorker, insertWorker, listWorkersOfEmployer, searchWorkers, updateWorkerContact } from '../../store/workers';
import { findWorkers, isDigitQuery } from '../../store/worker-search';
import { AppError, assertNoErrors } from '../../errors/app-error';
import type { HandlerContext } from '../context';
import type { HandlerGroup } from '../registry';

export function workerDetail(db: Db, nik: string, month: string): WorkerDetail | null {
  const worker = findWorker(db, nik);
  if (!worker) return null;
  const { id, ...person } = worker;
  // An import may reopen a membership the desk had ended: its old reason then no longer applies.
  const memberships = membershipsOfWorker(db, id).map((m) => ({ ...m, wageHistory: wageHistory(db, m.id), end: m.status === 'nonaktif' ? endOf(db, m.id) : null }));
  return { ...person, memberships, otherMemberships: segmentMembershipsOf(db, id, month), corrections: correctionsOf(db, id) };
}

function checkEnrolment({ now }: HandlerContext, input: EnrolmentInput): ValidationIssue[] {
  const nik = normaliseNik(input.worker.nik);
  const issues: ValidationIssue[] = validateNik(nik, { today: now() }).map((i) => ({ ...i, field: 'nik' }));
  if (!issues.some((i) => i.severity === 'error')) {
    const birth = nikBirthDateMismatch(nik, input.worker.birthDate);
    if (birth) issues.push({ ...birth, field: 'birthDate' });
    const gender = nikGenderMismatch(nik, input.worker.gender);
    if (gender) issues.push({ ...gender, field: 'gender' });
  }
  if (input.worker.kpj) issues.push(...validateKpj(input.worker.kpj).map((i) => ({ ...i, field: 'kpj' })));
  if (input.startDate < input.worker.birthDate || Number.isNaN(Date.parse(input.startDate))) {
    issues.push({ code: 'START_DATE_INVALID', severity: 'error', field: 'startDate', params: { date: input.startDate } });
  } else {
    const age = workingAgeIssue(input.worker.birthDate, input.startDate);
    if (age) issues.push(age);
  }
  return issues;
}

function enrol(ctx: HandlerContext, input: EnrolmentInput) {
  const { db } = ctx;
  return db
    .transaction(() => {
      const npp = normaliseNpp(input.npp);
      const employer = getEmployer(db, npp);
      if (!employer) throw new AppError('EMPLOYER_NOT_FOUND', { npp });
      assertNoErrors(checkEnrolment(ctx, input));

      const nik = normaliseNik(input.worker.nik);
      const kpj = input.worker.kpj ? normaliseKpj(input.worker.kpj) : null;
      const known = findWorker(db, nik);
      const workerId = known?.id ?? insertWorker(db, { ...input.worker, nik, kpj });
      if (known) {
        updateWorkerContact(db, known.id, kpj, input.worker.phone);
        const open = activeMembership(db, known.id, npp);
        if (open) throw new AppError('ALREADY_ENROLLED', { startDate: open.startDate });
      }
      const id = insertMembership(db, {
        workerId,
        npp,
        segment: input.segment,
        wage: input.wage,
        startDate: input.startDate,
        programs: input.programs ?? employer.programs,
      });
      return getMembership(db, id)!;
    })
    .immediate();
}

/**
 * The first page of an employer's workers is what every look at the employer shows: desk work, not worth
 * an entry each time. Paging beyond it reads NIKs and wages in bulk, which the export rule keeps for the
 * branch head, so each further page is recorded with its filter and how many rows it gave; a full scroll
 * of a 30,000-worker employer leaves ~150 entries, which is the signal the trail should show.
 */
function auditBulkRead(db: Db, read: { npp: string; status: string | null; offset: number; limit: number; rows: number }): void {
  if (read.offset === 0 || read.rows === 0) return;
  appendAudit(db, { action: 'bulk_read', entity: 'workers', entityId: read.npp, detail: read });
}

/**
 * Search pages after the first are bulk reads like `workers-list` pages: recorded, with the words searched
 * for (never digits, which may be a NIK) and how many people the page gave.
 */
function auditSearchPage(db: Db, read: { query: string; cursor: string | undefined; rows: number }): void {
  if (!read.cursor || read.rows === 0) return;
  const query = isDigitQuery(read.query) ? '(NIK/KPJ)' : read.query;
  appendAudit(db, { action: 'bulk_read', entity: 'workers', entityId: 'search', detail: { query, rows: read.rows } });
}

export const workerHandlers: HandlerGroup<
  'workers-list' | 'workers-search' | 'workers-find' | 'workers-get' | 'workers-enrol' | 'workers-end' | 'nik-check'
> = {
  'workers-list': ({ db }, { npp, status, offset, limit }) => {
    const page = listWorkersOfEmployer(db, normaliseNpp(npp), status, offset, limit);
    auditBulkRead(db, { npp: normaliseNpp(npp), status: status ?? null, offset, limit, rows: page.items.length });
    return { ...page, offset, limit };
  },
  'workers-search': ({ db, now }, { query, limit }) => searchWorkers(db, query, limit, now().toISOString().slice(0, 7)),
  'workers-find': ({ db, now }, { query, limit, cursor }) => {
    const page = findWorkers(db, query, limit, cursor, now().toISOString().slice(0, 7));
    auditSearchPage(db, { query, cursor, rows: page.items.length });
    return page;
  },
  'workers-get': ({ db, now }, { nik }) => {
    const detail = workerDetail(db, normaliseNik(nik), now().toISOString().slice(0, 7));
    if (!detail) throw new AppError('WORKER_NOT_FOUND');
    return detail;
  },
  'workers-enrol': (ctx, input) => enrol(ctx, input),
  'workers-end': ({ db }, { membershipId, endDate, reason }) =>
    db.transaction(() => endWithReason(db, membershipId, endDate, reason)).immediate(),
  'nik-check': ({ db, now }, { nik }): NikCheck => {
    const clean = normaliseNik(nik);
    const issues = validateNik(clean, { today: now() });
    return { issues, info: decodeNik(clean), known: workerDetail(db, clean, now().toISOString().slice(0, 7)) };
  },
};
