import type { MessageParams } from '../i18n/message-types';
import type { ValidationIssue } from '../validate/issue';

/** An error as it crosses the process boundary: a stable code, a message, optional detail. */
export interface ApiError {
  code: string;
  message: string;
  params?: MessageParams;
  issues?: ValidationIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
