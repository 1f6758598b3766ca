import type { HandlerContext } from '../api/context';
import { currentActor } from '../audit/actor';

/**
 * Who is importing or exporting, for the import record and the export log: the signed-in user (the CLI's
 * `--user` is its session), else whoever the audit scope names.
 */
export function actorOf(ctx: Pick<HandlerContext, 'session'>): string {
  return ctx.session?.username ?? currentActor();
}
