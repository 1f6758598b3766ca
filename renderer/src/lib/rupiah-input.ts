/**
 * What a clerk types into a Rupiah field → a number: "3.500.000", "Rp 3.500.000,00", "3500000".
 * Dots are thousand separators and the comma is the decimal mark (Indonesian usage). Wages are whole
 * rupiah (the API refuses sen), so ",50" is not an amount: null, like any other text that is not one.
 * Only for the input box: display goes through shared/format.
 */
export function parseRupiahInput(text: string): number | null {
  const cleaned = text.replace(/rp/i, '').replace(/\s/g, '');
  if (cleaned === '') return null;
  if (!/^\d{1,3}(\.\d{3})*(,0{1,2})?$|^\d+(,0{1,2})?$/.test(cleaned)) return null;
  const value = Number(cleaned.replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}
