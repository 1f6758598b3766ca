import { apiMessages } from './api-messages';
import { authMessages } from './auth-messages';
import { importMessages } from './import-messages';
import { backupMessages } from './backup-messages';
import { gapMessages } from './gap-messages';
import { hardeningMessages } from './hardening-messages';
import { summaryMessages } from './summary-messages';
import { ruleMessages } from './rule-messages';
import { storeMessages } from './store-messages';
import { syncMessages } from './sync-messages';
import { searchMessages } from './search-messages';
import type { Locale, MessageCatalogue, MessageParams } from './message-types';
import { validationMessages } from './validation-messages';

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
  ...hardeningMessages,
  ...searchMessages,
};

export function hasMessage(code: string): boolean {
  return code in catalogue;
}

/** The localised text for a code; unknown codes fall back to the code itself so nothing is silently blank. */
export function formatMessage(code: string, params: MessageParams = {}, locale: Locale = 'id'): string {
  const template = catalogue[code]?.[locale] ?? code;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    params[key] === undefined ? whole : String(params[key]),
  );
}
