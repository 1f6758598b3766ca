/**
 * The one reader of a Rupiah amount written as text, for the desk's wage field and the importer alike:
 * "Rp 3.500.000", "Rp. 4.000.000,-", "IDR 3.500.000", "3.500.000,00", "3500000", and the English
 * "3,500,000.00". Dots group thousands and the comma marks decimals (Indonesian usage) unless the text is
 * plainly English-grouped. Returns the amount (sen kept as a fraction) or null when it is not one.
 */
export function readRupiahText(value: string): number | null {
  const text = value
    .trim()
    .replace(/^(rp\.?|idr)\s*/i, '')
    .replace(/[,.]-$/, '')
    .replace(/\s+/g, '');
  let normalised: string | null = null;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) normalised = text.replace(/\./g, '').replace(',', '.');
  else if (/^\d+(,\d{1,2})?$/.test(text)) normalised = text.replace(',', '.');
  else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) normalised = text.replace(/,/g, '');
  else if (/^\d+(\.\d{1,2})?$/.test(text)) normalised = text;
  if (normalised === null) return null;
  const n = Number(normalised);
  return Number.isFinite(n) ? n : null;
}
