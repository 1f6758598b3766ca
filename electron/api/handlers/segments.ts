import type { ValidationIssue } from '../../../shared/validate/issue';
import { decodeNik, nikBirthDateMismatch, normaliseNik, validateNik } from '../../../shared/validate/nik';
import { normaliseNpp } from '../../../shared/validate/npp';
import { computeBpuContribution, validateBpuEnrolment, type BpuInterval } from '../../../shared/segments/bpu';
import { fundedBill, funderKindOf, monthsBetween, renewalDiff, validateProgramme } from '../../../shared/segments/funded';
import { jakonFromContractValue, jakonTiersFor } from '../../../shared/segments/jakon';
import type { FundedProgrammeDetail } from '../../../shared/segments/segment-types';
import { localDate, timeZoneOfProvince } from '../../../shared/reference/time-zones';
import type { Db } from '../../db/open';
import { stmt } from '../../db/statements';
import { AppError, assertNoErrors, requirePermission } from '../../errors/app-error';
import { actorOf } from '../../importer/actor';
import { readUpload, deleteUpload } from '../../importer/uploads';
import { fundedAnnotated, runFundedImport, undoFundedImport } from '../../segments/funded-import';
import { programmeExport } from '../../segments/programme-export';
import { activeBpuOf, getBpuMembership, insertBpuMembership } from '../../store/bpu-memberships';
import { getEmployer } from '../../store/employers';
import { getProgramme, insertProgramme, listMembers, listProgrammes, memberNiks, previousProgramme } from '../../store/funded-programmes';
import { activeJakonWorker, closeEndedProjects, getJakonProject, insertJakonProject, insertJakonWorker, listJakonProjects } from '../../store/jakon-projects';
import { findWorker, insertWorker } from '../../store/workers';
import type { HandlerContext } from '../context';
import type { HandlerGroup } from '../registry';

const IMPORT_ISSUE_PAGE = 500;

/** The person behind a NIK: the one on record, or a new one after the NIK and birth-date checks. */
function personFor(ctx: HandlerContext, w: { nik: string; name: string; birthDate: string; gender?: 'L' | 'P'; phone?: string | null | undefined }): number {
  const nik = normaliseNik(w.nik);
  const known = findWorker(ctx.db, nik);
  if (known) return known.id;
  const issues: ValidationIssue[] = validateNik(nik, { today: ctx.now() }).map((i) => ({ ...i, field: 'nik' }));
  const info = decodeNik(nik);
  if (info) {
    const birth = nikBirthDateMismatch(nik, w.birthDate);
    if (birth) issues.push({ ...birth, field: 'birthDate' });
  }
  assertNoErrors(issues);
  return insertWorker(ctx.db, { nik, name: w.name, birthDate: w.birthDate, gender: w.gender ?? info?.gender ?? 'L', kpj: null, phone: w.phone ?? null });
}

function regencyOrNull(db: Db, code: string | null | undefined): string | null {
  if (!code) return null;
  const row = stmt(db, 'SELECT code, legacy, successor_code AS successor FROM regions WHERE code = ?').get(code) as
    | { code: string; legacy: number; successor: string | null }
    | undefined;
  return row ? (row.legacy ? row.successor : row.code) : null;
}

const today = (ctx: HandlerContext, regency?: string | null) => localDate(ctx.now(), timeZoneOfProvince(regency ?? undefined));

function programmeDetail(ctx: HandlerContext, id: number, asOf?: string): FundedProgrammeDetail {
  const { db } = ctx;
  const p = getProgramme(db, id);
  if (!p) throw new AppError('PROGRAMME_NOT_FOUND', { id });
  const month = asOf ?? today(ctx, p.funderCode).slice(0, 7);
  const left = month > p.monthTo ? 0 : monthsBetween(month < p.monthFrom ? p.monthFrom : month, p.monthTo).length - 1;
  const prev = previousProgramme(db, p);
  const diff = prev ? renewalDiff(prev.id, memberNiks(db, prev.id), memberNiks(db, p.id)) : null;
  const imports = stmt(
    db,
    `SELECT id, file_name AS fileName, created_at AS createdAt, user_name AS user, accepted, undone_at AS undoneAt
     FROM funded_imports WHERE programme_id = ? ORDER BY id DESC`,
  ).all(id) as FundedProgrammeDetail['imports'];
  return {
    ...p,
    bill: fundedBill({ people: p.members, monthlyPerPerson: p.monthlyContribution, monthFrom: p.monthFrom, monthTo: p.monthTo, quota: p.quota }),
    overQuota: p.members > p.quota,
    monthsLeft: left,
    expiringSoon: month <= p.monthTo && left < 3,
    renewal: diff ? { previousProgrammeId: diff.previousProgrammeId, added: diff.added, stays: diff.stays, dropped: diff.dropped } : null,
    imports,
  };
}

export const segmentHandlers: HandlerGroup<
  | 'bpu-quote'
  | 'bpu-enrol'
  | 'programmes-list'
  | 'programmes-get'
  | 'programmes-save'
  | 'funded-members'
  | 'funded-import'
  | 'funded-annotated'
  | 'funded-undo'
  | 'funded-export'
  | 'jakon-list'
  | 'jakon-save'
  | 'jakon-worker-add'
> = {
  'bpu-quote': (_ctx, a) => {
    const period = a.startDate.slice(0, 7);
    assertNoErrors(validateBpuEnrolment({ income: a.income, programs: a.programs, intervalMonths: a.intervalMonths, period }));
    return computeBpuContribution({ income: a.income, programs: a.programs, period, intervalMonths: a.intervalMonths as BpuInterval });
  },
  'bpu-enrol': (ctx, a) => {
    const { db } = ctx;
    const period = a.startDate.slice(0, 7);
    assertNoErrors(validateBpuEnrolment({ income: a.income, programs: a.programs, intervalMonths: a.intervalMonths, period }));
    const contribution = computeBpuContribution({ income: a.income, programs: a.programs, period, intervalMonths: a.intervalMonths as BpuInterval });
    return db
      .transaction(() => {
        const workerId = personFor(ctx, a.worker);
        const open = activeBpuOf(db, workerId);
        if (open) throw new AppError('BPU_ALREADY_ENROLLED', { startDate: open.startDate });
        const nik = normaliseNik(a.worker.nik);
        const regencyCode = a.regencyCode ? regencyOrNull(db, a.regencyCode) : regencyOrNull(db, `${nik.slice(0, 2)}.${nik.slice(2, 4)}`);
        if (a.regencyCode && !regencyCode) throw new AppError('REGION_UNKNOWN', { code: a.regencyCode });
        const id = insertBpuMembership(db, {
          workerId,
          occupation: a.occupation,
          income: a.income,
          programs: a.programs,
          intervalMonths: a.intervalMonths,
          wadah: a.wadah ?? null,
          regencyCode,
          startDate: a.startDate,
        });
        const alsoPu = stmt(
          db,
          `SELECT m.npp, e.name AS employerName FROM memberships m JOIN employers e ON e.npp = m.npp
           WHERE m.worker_id = ? AND m.status = 'aktif' AND m.segment = 'PU'`,
        ).all(workerId) as { npp: string; employerName: string }[];
        return { id, membership: getBpuMembership(db, id)!, contribution, alsoPu };
      })
      .immediate();
  },
  'programmes-list': ({ db }, { year }) => listProgrammes(db, year ?? null),
  'programmes-get': (ctx, { id, asOf }) => programmeDetail(ctx, id, asOf),
  'programmes-save': ({ db }, a) => {
    assertNoErrors(validateProgramme({ ...a }));
    const kind = funderKindOf(a.funderCode)!;
    const area = (
      kind === 'pemprov'
        ? stmt(db, `SELECT name, 'provinsi' AS kind FROM provinces WHERE code = ?`).get(a.funderCode)
        : stmt(db, 'SELECT name, kind FROM regions WHERE code = ? AND legacy = 0').get(a.funderCode)
    ) as { name: string; kind: string } | undefined;
    if (!area) throw new AppError('FUNDER_UNKNOWN', { code: a.funderCode });
    // "Kabupaten Penajam Paser Utara" → "Pemkab Penajam Paser Utara", "Kota Balikpapan" → "Pemkot Balikpapan".
    const title = area.kind === 'provinsi' ? 'Pemprov' : area.kind === 'kota' ? 'Pemkot' : 'Pemkab';
    const funderName = a.funderName || `${title} ${area.name.replace(/^(Kabupaten|Kota|Provinsi)\s+/i, '')}`;
    const id = db.transaction(() => insertProgramme(db, { ...a, funderKind: kind, funderName })).immediate();
    return getProgramme(db, id)!;
  },
  'funded-members': (ctx, { programmeId, offset, limit }) => {
    if (!getProgramme(ctx.db, programmeId)) throw new AppError('PROGRAMME_NOT_FOUND', { id: programmeId });
    return { ...listMembers(ctx.db, programmeId, today(ctx).slice(0, 7), offset, limit), offset, limit };
  },
  'funded-import': async (ctx, a) => {
    const { fileName, bytes } = readUpload(ctx.db, a.uploadId);
    const result = await runFundedImport(ctx.db, { ...a, fileName, bytes, user: actorOf(ctx), today: ctx.now() });
    // UU 27/2022: the funder's file holds NIKs; once committed it is no longer needed.
    if (!a.dryRun) deleteUpload(ctx.db, a.uploadId);
    return { ...result, issues: result.issues.slice(0, IMPORT_ISSUE_PAGE), issuesTotal: result.issues.length };
  },
  'funded-annotated': async (ctx, a) => {
    const { fileName, bytes } = readUpload(ctx.db, a.uploadId);
    const out = await fundedAnnotated(ctx.db, { ...a, fileName, bytes, dryRun: true, user: actorOf(ctx), today: ctx.now() });
    return {
      fileName: out.fileName,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      dataBase64: Buffer.from(out.bytes).toString('base64'),
      rows: 0,
    };
  },
  'funded-undo': (ctx, { importId }) => {
    const owner = stmt(ctx.db, 'SELECT user_name AS user FROM funded_imports WHERE id = ?').get(importId) as { user: string } | undefined;
    if (owner && owner.user !== actorOf(ctx)) requirePermission(ctx, 'undo-others');
    return undoFundedImport(ctx.db, importId, actorOf(ctx));
  },
  'funded-export': (ctx, { programmeId, what }) => {
    const withNik = what === 'list' && (ctx.mode === 'cli' || ctx.session?.role === 'kepala_cabang');
    return programmeExport(ctx.db, { programmeId, what, withNik, user: actorOf(ctx), mode: ctx.mode, today: ctx.now() });
  },
  'jakon-list': (ctx, { npp }) => {
    ctx.db.transaction(() => closeEndedProjects(ctx.db, today(ctx))).immediate();
    return listJakonProjects(ctx.db, npp ? normaliseNpp(npp) : null);
  },
  'jakon-save': (ctx, a) => {
    const { db } = ctx;
    const npp = normaliseNpp(a.contractorNpp);
    if (!getEmployer(db, npp)) throw new AppError('EMPLOYER_NOT_FOUND', { npp });
    const regency = regencyOrNull(db, a.regencyCode);
    if (!regency) throw new AppError('REGION_UNKNOWN', { code: a.regencyCode });
    if (a.contractValue <= 0) throw new AppError('JAKON_VALUE_INVALID');
    const startDate = a.startDate ?? a.spkDate;
    const endDate = a.endDate ?? null;
    if (startDate < a.spkDate || (endDate !== null && endDate < startDate)) {
      throw new AppError('JAKON_DATES_INVALID', { spk: a.spkDate, start: startDate, end: endDate ?? '-' });
    }
    if (!jakonTiersFor(a.spkDate)) throw new AppError('JAKON_RATE_MISSING', { date: a.spkDate });
    const contribution = jakonFromContractValue(a.contractValue, a.spkDate);
    const id = db
      .transaction(() =>
        insertJakonProject(db, {
          name: a.name,
          ownerKind: a.ownerKind,
          ownerName: a.ownerName,
          contractorNpp: npp,
          contractValue: a.contractValue,
          regencyCode: regency,
          spkDate: a.spkDate,
          startDate,
          endDate,
          registeredOn: today(ctx, regency),
          jkk: contribution.jkk,
          jkm: contribution.jkm,
        }),
      )
      .immediate();
    const { jkk, jkm, total, method, slices, basis } = contribution;
    return { id, project: getJakonProject(db, id)!, contribution: { jkk, jkm, total, method, slices, basis } };
  },
  'jakon-worker-add': (ctx, a) => {
    const { db } = ctx;
    return db
      .transaction(() => {
        const project = getJakonProject(db, a.projectId);
        if (!project) throw new AppError('JAKON_PROJECT_NOT_FOUND', { id: a.projectId });
        if (project.closedAt || (project.endDate && project.endDate < today(ctx, project.regencyCode))) {
          throw new AppError('JAKON_PROJECT_ENDED', { date: project.endDate ?? '-' });
        }
        const workerId = personFor(ctx, a.worker);
        if (activeJakonWorker(db, project.id, workerId)) throw new AppError('JAKON_WORKER_ALREADY');
        const id = insertJakonWorker(db, { projectId: project.id, workerId, wage: a.wage ?? null, startDate: a.startDate ?? project.startDate });
        return { id, projectId: project.id, nik: normaliseNik(a.worker.nik) };
      })
      .immediate();
  },
};
