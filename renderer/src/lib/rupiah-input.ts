import { readRupiahText } from '../../../shared/format/rupiah-text';

/**
 * What a clerk types into a Rupiah field → a number, read by the same rules as the importer ("3.500.000",
 * "Rp. 4.000.000,-", "Rp 3.500.000,00"). Wages are whole rupiah (the API refuses sen), so ",50" is not an
 * amount: null, like any other text that is not one. Only for the input box: display goes through shared/format.
 */
export function parseRupiahInput(text: string): number | null {
  const value = readRupiahText(text);
  return value !== null && Number.isInteger(value) ? value : null;
}
