import { can } from '../../../shared/api/permissions';
import type { EmployerGaps, GapPage } from '../../../shared/gaps/gap-api-types';
import { GAP_CODES, type Gap } from '../../../shared/gaps/gap-types';
import { currentPeriod } from '../../../shared/gaps/period';
import { normaliseNpp } from '../../../shared/validate/npp';
import type { Db } from '../../db/open';
import { stmt } from '../../db/statements';
import { coverageFor, saveWorkforce } from '../../gaps/coverage';
import { addFollowUp, followUpsOf, parseGapKey } from '../../gaps/followups';
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
function branchCodeOf(db: Db, branch: string): string {
  const row = stmt(db, 'SELECT code FROM branches WHERE code = upper(@b) OR lower(name) = lower(@b)').get({ b: branch }) as
    | { code: string }
    | undefined;
  if (!row) throw new AppError('BRANCH_UNKNOWN', { code: branch });
  return row.code;
}

const byShortfall = (a: Gap, b: Gap) =>
  b.estimatedMonthlyShortfall - a.estimatedMonthlyShortfall || a.name.localeCompare(b.name) || a.key.localeCompare(b.key);
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
    const period = arg.period ?? currentPeriod(now());
    const scan = gapsFor(db, period, now());
    const branch = arg.branch ? branchCodeOf(db, arg.branch) : null;
    const filtered = scan.gaps
      .filter(
        (g) =>
          (!branch || g.branchCode === branch) &&
          (!arg.regencyCode || g.regencyCode === arg.regencyCode) &&
          (!arg.kind || g.code === arg.kind) &&
          (!arg.scale || g.scale === arg.scale),
      )
      .sort(arg.sort === 'name' ? byName : byShortfall);
    const totals = Object.fromEntries(GAP_CODES.map((c) => [c, { count: 0, shortfall: 0 }])) as GapPage['totals'];
    for (const g of filtered) {
      totals[g.code].count++;
      totals[g.code].shortfall += g.estimatedMonthlyShortfall;
    }
    const page = filtered.slice(arg.offset, arg.offset + arg.limit);
    return { items: withUpahWorkers(db, scan, page, true), total: filtered.length, offset: arg.offset, limit: arg.limit, period, totals };
  },
  'gaps-employer': ({ db, now }, arg): EmployerGaps => {
    const npp = normaliseNpp(arg.npp);
    const employer = getEmployer(db, npp);
    if (!employer) throw new AppError('EMPLOYER_NOT_FOUND', { npp });
    const period = arg.period ?? currentPeriod(now());
    const scan = gapsFor(db, period, now());
    const gaps = scan.gaps.filter((g) => g.npp === npp);
    return { npp, name: employer.name, period, gaps: withUpahWorkers(db, scan, gaps, false), followUps: followUpsOf(db, { npp }) };
  },
  'gaps-followup-add': ({ db, now, session, mode }, arg) => {
    const { npp, prospectId } = parseGapKey(arg.gapKey);
    const known = npp
      ? stmt(db, 'SELECT 1 FROM employers WHERE npp = ?').get(npp)
      : stmt(db, 'SELECT 1 FROM prospects WHERE id = ?').get(prospectId);
    if (!known) throw new AppError('GAP_KEY_UNKNOWN', { key: arg.gapKey });
    // Closing a case is the branch head's call (sign-off).
    if (arg.status === 'selesai' && session && !can(session.role, 'sign-off')) throw new AppError('FORBIDDEN', { role: session.role });
    // In the app the signed-in user writes the note; the CLI (a local system user) may name the officer.
    const author = (mode === 'cli' ? arg.author : undefined) ?? session?.displayName ?? arg.author ?? 'sigap';
    return addFollowUp(db, { ...arg, author, notedOn: arg.notedOn ?? now().toISOString().slice(0, 10) });
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
  'coverage-get': ({ db, now }, arg) => coverageFor(db, arg.period ?? currentPeriod(now())),
  'workforce-save': ({ db }, arg) => saveWorkforce(db, arg),
  // A whole table, all or nothing, recorded as a list import.
  'workforce-import': (ctx, { fileName, rows }) => {
    const input = { fileName, kind: 'workforce' as const, user: actorOf(ctx), dryRun: false, today: ctx.now() };
    const figures = rows.map(({ areaCode, ...r }) => ({ ...r, area: areaCode }));
    const { listImportId, result } = commitListImport(ctx.db, { ...input, rows: figures });
    return { ...(result as Extract<ListResult, { kind: 'workforce' }>).workforce, listImportId: listImportId! };
  },
};
