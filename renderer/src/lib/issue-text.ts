import { formatMessage, hasMessage } from '../../../shared/i18n/messages';
import type { Locale } from '../../../shared/i18n/message-types';
import type { ValidationIssue } from '../../../shared/validate/issue';
import type { ApiCallError } from '../api/api-call-error';
import { i18n } from '../i18n';

/**
 * The localised text of a coded issue: the shared catalogue first (validators, backend), then the few
 * form-only codes the renderer adds itself (FIELD_REQUIRED…), kept under `issues.` in the UI strings.
 */
export function issueText(issue: ValidationIssue, locale: Locale): string {
  if (hasMessage(issue.code)) return formatMessage(issue.code, issue.params ?? {}, locale);
  const key = `issues.${issue.code}`;
  return i18n.exists(key, { lng: locale }) ? i18n.t(key, { lng: locale, ...issue.params }) : issue.code;
}

/** The localised text of a backend error; codes outside the shared catalogue (network) come from the UI strings. */
export function errorText(err: ApiCallError, locale: Locale): string {
  if (hasMessage(err.code)) return formatMessage(err.code, err.params, locale);
  return i18n.t('errors.unexpected', { lng: locale, detail: err.message });
}

/** Form field name of a server issue: "employer.npwp" / "worker.nik" → "npwp" / "nik". */
export function fieldOf(issue: ValidationIssue): string {
  const field = issue.field ?? '';
  return field.slice(field.lastIndexOf('.') + 1);
}

/** Issues grouped by form field; issues without a field go under "". */
export function issuesByField(issues: readonly ValidationIssue[]): Record<string, ValidationIssue[]> {
  const grouped: Record<string, ValidationIssue[]> = {};
  for (const issue of issues) (grouped[fieldOf(issue)] ??= []).push(issue);
  return grouped;
}

export function hasError(issues: readonly ValidationIssue[] | undefined): boolean {
  return (issues ?? []).some((i) => i.severity === 'error');
}
