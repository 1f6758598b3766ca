import { can } from '../../../shared/api/permissions';
import type { EmployerGaps, GapPage } from '../../../shared/gaps/gap-api-types';
import { GAP_CODES, SANCTION_PREREQUISITE, type Gap } from '../../../shared/gaps/gap-types';
import { gapSearchMatcher } from '../../../shared/gaps/gap-search';
import { currentPeriod } from '../../../shared/gaps/period';
import { DEFAULT_TIME_ZONE, localDate, timeZoneOfProvince } from '../../../shared/reference/time-zones';
import { normaliseNpp } from '../../../shared/validate/npp';
import type { Db } from '../../db/open';
import { stmt } from '../../db/statements';
import { coverageFor, saveWorkforce } from '../../gaps/coverage';
import { addFollowUp, followUpsOf, hasFollowUpStatus, parseGapKey } from '../../gaps/followups';
import { withUpahWorkers } from '../../gaps/gap-evidence';
import { gapsFor } from '../../gaps/gap-scan';
import { linkProspect } from '../../gaps/import-lists';
import { actorOf } from '../../importer/actor';
import { commitListImport } from '../../lists/commit-list';
import type { ListResult } from '../../../shared/lists/list-types';
import { getEmployer } from '../../store/employers';
import { AppError } from '../../errors/app-error';
import type { HandlerGroup } from '../registry';

/** A branch given by code ("BPN") or name ("Balikpapan", any case). */
function branchOf(db: Db, branch: string): { code: string; provinceCode: string } {
  const row = stmt(db, 'SELECT code, province_code AS provinceCode FROM branches WHERE code = upper(@b) OR lower(name) = lower(@b)').get({
    b: branch,
  }) as { code: string; provinceCode: string } | undefined;
  if (!row) throw new AppError('BRANCH_UNKNOWN', { code: branch });
  return row;
}

/** The clock of the province an employer's workplace is in (WITA or WIB). */
function zoneOfEmployer(regencyCode: string): string {
  return timeZoneOfProvince(regencyCode);
}

// An unknown estimate (a gap in the reference data) sorts after every known one.
const byShortfall = (a: Gap, b: Gap) =>
  (b.estimatedMonthlyShortfall ?? -1) - (a.estimatedMonthlyShortfall ?? -1) || a.name.localeCompare(b.name) || a.key.localeCompare(b.key);
const byName = (a: Gap, b: Gap) => a.name.localeCompare(b.name) || a.key.localeCompare(b.key);

export const gapHandlers: HandlerGroup<
  | 'gaps-list'
  | 'gaps-employer'
  | 'gaps-followup-add'
  | 'gaps-followups'
  | 'prospects-import'
  | 'prospects-link'
  | 'payroll-import'
  | 'coverage-get'
  | 'workforce-save'
  | 'workforce-import'
> = {
  'gaps-list': ({ db, now }, arg): GapPage => {
    const named = arg.branch ? branchOf(db, arg.branch) : null;
    // "The current month" is the branch's (WIB in Kalteng, WITA elsewhere), not UTC's.
    const period = arg.period ?? currentPeriod(now(), timeZoneOfProvince(named?.provinceCode));
    const scan = gapsFor(db, period, now());
    const branch = named?.code ?? null;
    const matches = gapSearchMatcher(arg.q ?? '');
    const filtered = scan.gaps
      .filter(
        (g) =>
          (!branch || g.branchCode === branch) &&
          (!arg.regencyCode || g.regencyCode === arg.regencyCode) &&
          (!arg.kind || g.code === arg.kind) &&
          (!arg.scale || g.scale === arg.scale) &&
          matches(g),
      )
      .sort(arg.sort === 'name' ? byName : byShortfall);
    const totals = Object.fromEntries(GAP_CODES.map((c) => [c, { count: 0, shortfall: 0 }])) as GapPage['totals'];
    for (const g of filtered) {
      totals[g.code].count++;
      totals[g.code].shortfall += g.estimatedMonthlyShortfall ?? 0;
    }
    const page = filtered.slice(arg.offset, arg.offset + arg.limit);
    // A PWBD prospect has no NPP: each is a company of its own.
    const employers = new Set(filtered.map((g) => g.npp ?? g.key)).size;
    return { items: withUpahWorkers(db, scan, page, true), total: filtered.length, offset: arg.offset, limit: arg.limit, period, totals, employers };
  },
  'gaps-employer': ({ db, now }, arg): EmployerGaps => {
    const npp = normaliseNpp(arg.npp);
    const employer = getEmployer(db, npp);
    if (!employer) throw new AppError('EMPLOYER_NOT_FOUND', { npp });
    const period = arg.period ?? currentPeriod(now(), zoneOfEmployer(employer.regencyCode));
    const scan = gapsFor(db, period, now());
    const gaps = scan.gaps.filter((g) => g.npp === npp);
    const notes = scan.notes.get(npp) ?? [];
    return { npp, name: employer.name, period, gaps: withUpahWorkers(db, scan, gaps, false), followUps: followUpsOf(db, { npp }), notes };
  },
  'gaps-followup-add': ({ db, now, session, mode }, arg) => {
    const { npp, prospectId } = parseGapKey(arg.gapKey);
    const known = npp
      ? stmt(db, 'SELECT 1 FROM employers WHERE npp = ?').get(npp)
      : stmt(db, 'SELECT 1 FROM prospects WHERE id = ?').get(prospectId);
    if (!known) throw new AppError('GAP_KEY_UNKNOWN', { key: arg.gapKey });
    // Closing a case and sanctions are the branch head's call (sign-off).
    const prerequisite = SANCTION_PREREQUISITE[arg.status];
    if ((arg.status === 'selesai' || prerequisite) && session && !can(session.role, 'sign-off')) throw new AppError('FORBIDDEN', { role: session.role });
    if (prerequisite) {
      if (!arg.decidedBy) throw new AppError('FOLLOWUP_DECIDER_REQUIRED', { status: arg.status });
      if (!hasFollowUpStatus(db, arg.gapKey, prerequisite)) throw new AppError('FOLLOWUP_OUT_OF_ORDER', { status: arg.status, previous: prerequisite });
    }
    // In the app the signed-in user writes the note; the CLI (a local system user) may name the officer.
    const author = (mode === 'cli' ? arg.author : undefined) ?? session?.displayName ?? arg.author ?? 'sigap';
    const regency = npp
      ? (stmt(db, 'SELECT regency_code AS r FROM employers WHERE npp = ?').get(npp) as { r: string }).r
      : (stmt(db, 'SELECT regency_code AS r FROM prospects WHERE id = ?').get(prospectId) as { r: string }).r;
    return addFollowUp(db, { ...arg, author, notedOn: arg.notedOn ?? localDate(now(), zoneOfEmployer(regency)) });
  },
  'gaps-followups': ({ db }, arg) => followUpsOf(db, { gapKey: arg.gapKey, npp: arg.npp ? normaliseNpp(arg.npp) : undefined }),
  // Rows already read (the CLI reads the file itself): recorded as list imports, so they can be undone too.
  'prospects-import': (ctx, arg) => {
    const { listImportId, result } = commitListImport(ctx.db, { ...arg, kind: 'prospects', user: actorOf(ctx), dryRun: false, today: ctx.now() });
    return { ...(result as Extract<ListResult, { kind: 'prospects' }>).prospects, listImportId: listImportId! };
  },
  'prospects-link': (ctx, arg) => linkProspect(ctx.db, arg.prospectId, normaliseNpp(arg.npp), actorOf(ctx)),
  'payroll-import': (ctx, arg) => {
    const input = { ...arg, npp: normaliseNpp(arg.npp), kind: 'payroll' as const, user: actorOf(ctx), dryRun: false, today: ctx.now() };
    const { listImportId, result } = commitListImport(ctx.db, input);
    return { ...(result as Extract<ListResult, { kind: 'payroll' }>).payroll, listImportId: listImportId! };
  },
  'coverage-get': ({ db, now }, arg) => coverageFor(db, arg.period ?? currentPeriod(now(), DEFAULT_TIME_ZONE)),
  'workforce-save': ({ db }, arg) => saveWorkforce(db, arg),
  // A whole table, all or nothing, recorded as a list import.
  'workforce-import': (ctx, { fileName, rows }) => {
    const input = { fileName, kind: 'workforce' as const, user: actorOf(ctx), dryRun: false, today: ctx.now() };
    const figures = rows.map(({ areaCode, ...r }) => ({ ...r, area: areaCode }));
    const { listImportId, result } = commitListImport(ctx.db, { ...input, rows: figures });
    return { ...(result as Extract<ListResult, { kind: 'workforce' }>).workforce, listImportId: listImportId! };
  },
};
