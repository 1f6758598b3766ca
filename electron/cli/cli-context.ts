import type { Result } from '../../shared/api/result';
import { PERSONAL_PAGE_MAX } from '../../shared/api/schemas';
import { AppError } from '../errors/app-error';
import type { Backend } from '../backend';

/** Exit codes other tools rely on. */
export const EXIT = { ok: 0, failed: 1, unreadableInput: 2, usage: 64 } as const;

export class UsageError extends Error {}

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export interface ParsedArgs {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

export const stringOpt = (args: ParsedArgs, name: string): string | undefined => {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
};

export function requireOpt(args: ParsedArgs, name: string): string {
  const v = stringOpt(args, name);
  if (!v) throw new UsageError(`--${name} wajib diisi (required)`);
  return v;
}

/** Calls a handler and unwraps its Result, turning a coded failure into an AppError the CLI prints as JSON. */
export async function unwrap<T>(backend: Backend, name: string, arg: unknown): Promise<T> {
  const result = (await backend.call(name, arg)) as Result<T>;
  if (!result.ok) throw new AppError(result.error.code, result.error.params ?? {}, result.error.issues);
  return result.value;
}

/** Reads every page of a paged handler. */
export async function allPages<T>(backend: Backend, name: string, arg: Record<string, unknown>): Promise<T[]> {
  const items: T[] = [];
  // 200: the largest page every list accepts (lists carrying NIK and wages stop there).
  for (let offset = 0; ; offset += PERSONAL_PAGE_MAX) {
    const page = await unwrap<{ items: T[]; total: number }>(backend, name, { ...arg, offset, limit: PERSONAL_PAGE_MAX });
    items.push(...page.items);
    if (items.length >= page.total || page.items.length === 0) return items;
  }
}
