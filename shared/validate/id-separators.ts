/** Spaces (also non-breaking), dots and hyphens people and spreadsheets put inside identifiers. */
export function stripIdSeparators(text: string): string {
  return text.replace(/[\s.\-\u00a0]/g, '');
}
