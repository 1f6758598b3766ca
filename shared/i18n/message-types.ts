/** A message template per locale. `{name}` placeholders are filled from params. */
export type Locale = 'id' | 'en';
export interface MessageTemplate {
  id: string;
  en: string;
}
export type MessageParams = Record<string, string | number>;
export type MessageCatalogue = Record<string, MessageTemplate>;
