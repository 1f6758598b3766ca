/**
 * What a clerk types into a Rupiah field → a number: "3.500.000", "Rp 3.500.000,50", "3500000".
 * Dots are thousand separators and the comma is the decimal mark (Indonesian usage). Null when the text
 * is not an amount. Only for the input box: display goes through shared/format.
 */
export function parseRupiahInput(text: string): number | null {
  const cleaned = text.replace(/rp/i, '').replace(/\s/g, '');
  if (cleaned === '') return null;
  if (!/^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+(,\d{1,2})?$/.test(cleaned)) return null;
  const value = Number(cleaned.replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}
