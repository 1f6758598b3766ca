import { distance } from 'fastest-levenshtein';

// Legal forms written before or after the name: "PT. Borneo Jaya", "Borneo Jaya, CV", "Koperasi … ".
const LEGAL_FORMS = new Set(['pt', 'cv', 'ud', 'koperasi', 'kop', 'tbk', 'persero', 'pd', 'fa', 'firma', 'perum', 'ksp', 'kud']);

/**
 * The comparable core of a company name: case, accents, punctuation and the legal form stripped, so
 * "PT. Borneo Jaya", "Borneo Jaya, PT" and "P.T. BORNEO-JAYA" all give "borneo jaya".
 */
export function companyNameKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\.(?=\S)/g, '') // "P.T." → "PT."
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  while (words.length > 1 && LEGAL_FORMS.has(words[0]!)) words.shift();
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

/** Spaces do not count ("Mahakam Jaya" = "Mahakamjaya"). */
const compact = (key: string): string => key.replace(/ /g, '');

/** 1 for equal keys, falling towards 0 with each edit relative to the longer name. */
export function nameKeySimilarity(a: string, b: string): number {
  const x = compact(a);
  const y = compact(b);
  const longest = Math.max(x.length, y.length);
  return longest === 0 ? 0 : 1 - distance(x, y) / longest;
}

/**
 * How many typing slips still count as the same company: none for short names (they collide too easily),
 * one letter from 6 characters, two from 20.
 */
export function allowedTypos(key: string): number {
  const n = compact(key).length;
  return n >= 20 ? 2 : n >= 6 ? 1 : 0;
}

/** Same company by name? Both keys must come from the same regency; the caller checks that. */
export function sameCompanyName(a: string, b: string): boolean {
  if (a === b) return a.length > 0;
  const limit = Math.min(allowedTypos(a), allowedTypos(b));
  const x = compact(a);
  const y = compact(b);
  if (Math.abs(x.length - y.length) > limit) return false;
  return limit > 0 && distance(x, y) <= limit;
}
