import type { ApiParsedArg } from '../../../shared/api/contract';
import { currentPeriod } from '../../../shared/gaps/period';
import type { BranchSummary } from '../../../shared/summary/summary-types';
import { branchSummary } from '../../summary/branch-summary';
import { branchScope, provinceScope } from '../../summary/summary-scope';
import { summaryWorkbook } from '../../summary/summary-workbook';
import { actorOf } from '../../importer/actor';
import { logExport } from '../../exporter/exports';
import type { HandlerContext } from '../context';
import type { HandlerGroup } from '../registry';

function summaryOf(ctx: HandlerContext, arg: ApiParsedArg<'summary-get'>): BranchSummary {
  const scope = arg.branch ? branchScope(ctx.db, arg.branch) : provinceScope(ctx.db, arg.province ?? '');
  return branchSummary(ctx.db, scope, arg.period ?? currentPeriod(ctx.now()), ctx.now());
}

/** Aggregates only (no NIK, no personal wage): 'read' is enough for both. */
export const summaryHandlers: HandlerGroup<'summary-get' | 'summary-export'> = {
  'summary-get': (ctx, arg) => summaryOf(ctx, arg),
  'summary-export': (ctx, arg) => {
    const summary = summaryOf(ctx, arg);
    const { bytes, sheets } = summaryWorkbook(summary);
    const fileName = `ringkasan-${summary.scope.code.toLowerCase()}-${summary.period}.xlsx`;
    logExport(ctx.db, { kind: 'summary', npp: null, fileName, rows: 0, hasNik: false, hasWage: false, user: actorOf(ctx), mode: ctx.mode, detail: { scope: summary.scope.code, period: summary.period, sheets } });
    return {
      fileName,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      dataBase64: bytes.toString('base64'),
      rows: sheets,
    };
  },
};
