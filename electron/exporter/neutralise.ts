/**
 * Text that Excel (or a CSV opened in it) could take as a formula: = + - @, and tab/CR which some readers
 * strip before looking. Prefixed with an apostrophe so it stays text (OWASP "CSV injection").
 */
export function neutraliseText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
