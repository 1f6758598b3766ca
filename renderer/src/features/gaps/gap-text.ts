import { formatMessage } from '../../../../shared/i18n/messages';
import type { Locale } from '../../../../shared/i18n/message-types';
import type { Gap } from '../../../../shared/gaps/gap-types';

/** The gap's explanation in the UI language: the backend's Indonesian text, or the catalogue's English. */
export function gapExplanation(gap: Gap, locale: Locale): string {
  return locale === 'id' ? gap.explanation : formatMessage(gap.explanationCode, gap.explanationParams, locale);
}
