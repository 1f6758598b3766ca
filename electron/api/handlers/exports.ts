import { createExport } from '../../exporter/exports';
import { actorOf } from '../../importer/actor';
import { requirePermission } from '../../errors/app-error';
import type { HandlerGroup } from '../registry';

export const exportHandlers: HandlerGroup<'exports-create'> = {
  'exports-create': (ctx, arg) => {
    // A list of workers carries NIK and wages: personal data (UU 27/2022), for the branch head only.
    if (arg.what === 'workers') requirePermission(ctx, 'personal-export');
    return createExport(ctx.db, { ...arg, user: actorOf(ctx), mode: ctx.mode, today: ctx.now() });
  },
};
