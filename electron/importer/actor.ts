import os from 'node:os';
import type { HandlerContext } from '../api/context';

/** Who is importing or exporting, for the import record and the export log: the signed-in user when there is one. */
export function actorOf(ctx: Pick<HandlerContext, 'mode'> & { session?: HandlerContext['session'] }, explicit?: string): string {
  if (explicit) return explicit.slice(0, 100);
  if (ctx.session?.username) return ctx.session.username;
  const fromEnv = process.env.SIGAP_USER;
  if (fromEnv) return fromEnv.slice(0, 100);
  try {
    return `${os.userInfo().username}@${ctx.mode}`;
  } catch {
    return ctx.mode;
  }
}
