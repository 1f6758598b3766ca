import { listConflicts, resolveConflict } from '../../sync/conflicts';
import { appendAudit } from '../../store/audit';
import type { HandlerGroup } from '../registry';

export const syncHandlers: HandlerGroup<'sync-status' | 'sync-run' | 'sync-configure' | 'conflicts-list' | 'conflicts-resolve'> = {
  'sync-status': (ctx) => ctx.sync.status(),
  'sync-run': (ctx) => ctx.sync.run(),
  'sync-configure': async (ctx, { serverUrl, deskKey }) => {
    const lastRun = await ctx.sync.run({ serverUrl, deskKey });
    appendAudit(ctx.db, { action: 'sync-configure', entity: 'store', entityId: new URL(serverUrl).host });
    return { ...ctx.sync.status(), lastRun };
  },
  'conflicts-list': (ctx, { includeResolved }) => listConflicts(ctx.db, { open: !includeResolved }),
  'conflicts-resolve': (ctx, { id, keep }) => {
    const result = resolveConflict(ctx.db, id, keep, ctx.session?.username ?? 'system');
    appendAudit(ctx.db, { action: 'conflict-resolve', entity: result.entity, entityId: result.key, detail: { field: result.field, keep } });
    return result;
  },
};
