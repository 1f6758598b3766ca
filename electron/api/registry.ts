import type { ApiName, ApiParsedArg, ApiResult } from '../../shared/api/contract';
import { can, permissionFor } from '../../shared/api/permissions';
import type { Result } from '../../shared/api/result';
import { schemas } from '../../shared/api/schemas';
import { AppError } from '../errors/app-error';
import type { HandlerContext } from './context';

export type Handler<K extends ApiName> = (ctx: HandlerContext, arg: ApiParsedArg<K>) => ApiResult<K> | Promise<ApiResult<K>>;
export type Handlers = { [K in ApiName]: Handler<K> };
export type HandlerGroup<K extends ApiName> = { [P in K]: Handler<P> };

/** Joins per-feature handler groups; a name declared twice is a programming error caught at start-up. */
export function joinHandlers(...groups: Partial<Handlers>[]): Handlers {
  const all: Partial<Handlers> = {};
  for (const group of groups) {
    for (const name of Object.keys(group) as ApiName[]) {
      if (name in all) throw new Error(`handler ${name} registered twice`);
      (all as Record<string, unknown>)[name] = group[name];
    }
  }
  const missing = (Object.keys(schemas) as ApiName[]).filter((n) => !(n in all));
  if (missing.length) throw new Error(`handlers missing for: ${missing.join(', ')}`);
  return all as Handlers;
}

const isApiName = (name: string): name is ApiName => Object.prototype.hasOwnProperty.call(schemas, name);

/**
 * The one entry point every transport uses (IPC, HTTP, CLI): unknown name, bad argument, expected failure
 * and crash all come back as a coded Result — the caller is untrusted and never sees a stack.
 */
export async function dispatch(
  handlers: Handlers,
  ctx: HandlerContext,
  name: string,
  rawArg: unknown,
): Promise<Result<unknown>> {
  if (!isApiName(name)) return { ok: false, error: new AppError('UNKNOWN_HANDLER', { name: name.slice(0, 60) }).toApiError() };
  const needed = permissionFor(name);
  if (needed !== 'public' && ctx.mode !== 'cli') {
    if (!ctx.session) return { ok: false, error: new AppError('AUTH_REQUIRED').toApiError() };
    if (!can(ctx.session.role, needed)) return { ok: false, error: new AppError('FORBIDDEN', { role: ctx.session.role }).toApiError() };
  }
  const parsed = schemas[name].safeParse(rawArg ?? {});
  if (!parsed.success) {
    const detail = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(arg)'}: ${i.message}`)
      .join('; ');
    return { ok: false, error: new AppError('BAD_ARGUMENT', { detail }).toApiError() };
  }
  try {
    const handler = handlers[name] as (c: HandlerContext, a: unknown) => unknown;
    return { ok: true, value: await handler(ctx, parsed.data) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toApiError() };
    // Another process holds the store's write lock (SQLITE_BUSY*): a coded, retryable answer, not INTERNAL.
    if (String((error as { code?: unknown }).code ?? '').startsWith('SQLITE_BUSY')) return { ok: false, error: new AppError('STORE_BUSY').toApiError() };
    console.error(`[sigap] handler ${name} failed:`, error instanceof Error ? error.stack : error);
    return { ok: false, error: new AppError('INTERNAL').toApiError() };
  }
}
