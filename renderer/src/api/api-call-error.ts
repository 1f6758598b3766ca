import type { ApiError } from '../../../shared/api/result';
import type { MessageParams } from '../../../shared/i18n/message-types';
import type { ValidationIssue } from '../../../shared/validate/issue';

/** A handler's `{ok:false}` rethrown on the renderer side, keeping the stable code for localisation. */
export class ApiCallError extends Error {
  readonly code: string;
  readonly params: MessageParams;
  readonly issues: ValidationIssue[];

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.params = error.params ?? {};
    this.issues = error.issues ?? [];
  }
}

/** Anything thrown by a call, as an ApiCallError (network failures become INTERNAL-like NETWORK errors). */
export function toApiCallError(err: unknown): ApiCallError {
  if (err instanceof ApiCallError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new ApiCallError({ code: 'NETWORK', message, params: { detail: message } });
}
