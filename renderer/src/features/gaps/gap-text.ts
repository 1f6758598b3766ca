import { formatRupiah } from '../../../../shared/format/id-format';
import { explainWithNotes } from '../../../../shared/gaps/gap-rules';
import type { Locale } from '../../../../shared/i18n/message-types';
import type { Gap } from '../../../../shared/gaps/gap-types';

/** The gap's explanation in the UI language: the backend's Indonesian text, or the catalogue's English. */
export function gapExplanation(gap: Gap, locale: Locale): string {
  return locale === 'id' ? gap.explanation : explainWithNotes(gap.explanationCode, gap.explanationParams, gap.evidence.referenceGaps ?? [], locale);
}

/** An estimate, or a dash where the reference data lacks a figure it needs (the finding names which). */
export function gapShortfall(gap: Gap, locale: Locale): string {
  return gap.estimatedMonthlyShortfall === null ? '—' : formatRupiah(gap.estimatedMonthlyShortfall, locale);
}
