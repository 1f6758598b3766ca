import type { MessageParams } from '../i18n/message-types';

export type Severity = 'error' | 'warning';

/** One finding about one value. `code` is stable; the message is looked up from the catalogue. */
export interface ValidationIssue {
  code: string;
  severity: Severity;
  field?: string;
  params?: MessageParams;
}
