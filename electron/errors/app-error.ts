import { can, type Permission } from '../../shared/api/permissions';
import type { ApiError } from '../../shared/api/result';
import type { Role } from '../../shared/domain/staff';
import { formatMessage } from '../../shared/i18n/messages';
import type { MessageParams } from '../../shared/i18n/message-types';
import type { ValidationIssue } from '../../shared/validate/issue';

/** An expected failure with a stable code; crosses the boundary as data, never as a crash. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly params: MessageParams = {},
    readonly issues?: ValidationIssue[],
  ) {
    super(formatMessage(code, params, 'id'));
    this.name = 'AppError';
  }

  toApiError(): ApiError {
    return {
      code: this.code,
      message: this.message,
      ...(Object.keys(this.params).length ? { params: this.params } : {}),
      ...(this.issues?.length ? { issues: this.issues } : {}),
    };
  }
}

/** Throws VALIDATION when any issue is an error; warnings pass through to the caller. */
export function assertNoErrors(issues: ValidationIssue[]): void {
  if (issues.some((i) => i.severity === 'error')) throw new AppError('VALIDATION', {}, issues);
}

/** A finer check than the per-handler permission, for rules that depend on the argument (whose import, what export). */
export function requirePermission(
  ctx: { mode: string; session: { role: Role } | null },
  permission: Permission,
): void {
  if (ctx.mode === 'cli') return;
  if (!ctx.session) throw new AppError('AUTH_REQUIRED');
  if (!can(ctx.session.role, permission)) throw new AppError('FORBIDDEN', { role: ctx.session.role });
}
