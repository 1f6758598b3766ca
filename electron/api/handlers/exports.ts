import { createExport } from '../../exporter/exports';
import { actorOf } from '../../importer/actor';
import type { HandlerGroup } from '../registry';

export const exportHandlers: HandlerGroup<'exports-create'> = {
  'exports-create': (ctx, arg) => createExport(ctx.db, { ...arg, user: actorOf(ctx), mode: ctx.mode, today: ctx.now() }),
};
