import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/i18n/message-types';

/** The current UI language as the shared formatters and message catalogue expect it. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'id';
}
