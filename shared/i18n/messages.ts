import { apiMessages } from './api-messages';
import { authMessages } from './auth-messages';
import { importMessages } from './import-messages';
import { lifecycleMessages } from './lifecycle-messages';
import { backupMessages } from './backup-messages';
import { gapMessages } from './gap-messages';
import { hardeningMessages } from './hardening-messages';
import { jobMessages } from './job-messages';
import { jobProgressMessages } from './job-progress-messages';
import { summaryMessages } from './summary-messages';
import { ruleMessages } from './rule-messages';
import { storeMessages } from './store-messages';
import { syncMessages } from './sync-messages';
import { syncSegmentMessages } from './sync-segment-messages';
import { trustMessages } from './trust-messages';
import { segmentMessages } from './segment-messages';
import { homeBranchMessages } from './home-branch-messages';
import { jakonImportMessages } from './jakon-import-messages';
import { syncHomeMessages } from './sync-home-messages';
import { jakonWageMessages } from './jakon-wage-messages';
import { formatDateId, formatPeriod } from '../format/id-format';
import { withStatusLabels } from './followup-status-labels';
import { searchMessages } from './search-messages';
import type { Locale, MessageCatalogue, MessageParams } from './message-types';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-\d{2}$/;
import { validationMessages } from './validation-messages';
import { walkthroughMessages } from './walkthrough-messages';

const catalogue: MessageCatalogue = {
  ...validationMessages,
  ...apiMessages,
  ...authMessages,
  ...backupMessages,
  ...importMessages,
  ...gapMessages,
  ...summaryMessages,
  ...ruleMessages,
  ...storeMessages,
  ...syncMessages,
  ...syncSegmentMessages,
  ...hardeningMessages,
  ...jobMessages,
  ...jobProgressMessages,
  ...trustMessages,
  ...segmentMessages,
  ...jakonImportMessages,
  ...jakonWageMessages,
  ...lifecycleMessages,
  ...walkthroughMessages,
  ...homeBranchMessages,
  ...syncHomeMessages,
  ...searchMessages,
};

export function hasMessage(code: string): boolean {
  return code in catalogue;
}

/** The localised text for a code; unknown codes fall back to the code itself so nothing is silently blank. */
export function formatMessage(code: string, params: MessageParams = {}, locale: Locale = 'id'): string {
  const template = catalogue[code]?.[locale] ?? code;
  const shown = withStatusLabels(code, params, locale);
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = shown[key];
    if (value === undefined) return whole;
    // A person reads the message: "sejak 29 November 2026", not the stored ISO date.
    if (typeof value === 'string' && ISO_DATE.test(value)) return formatDateId(value, locale);
    // …and "akhir periode Maret 2026", not "2026-03" (a month that is no month, e.g. a typed 2026-13, stays as typed).
    return typeof value === 'string' && ISO_MONTH.test(value) ? formatPeriod(value, locale) : String(value);
  });
}
