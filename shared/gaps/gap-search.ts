/**
 * The gap list's search box: a company name (any case, any accents, words in any order) or an NPP (its digits
 * anywhere, so "5581" finds 12345581 and a pasted "12.345.581" still matches).
 */
export function gapSearchMatcher(q: string): (gap: { name: string; npp: string | null }) => boolean {
  const words = fold(q).split(/\s+/).filter(Boolean);
  if (!words.length) return () => true;
  const digits = q.replace(/[\s.\-/]/g, '');
  const nppLike = /^\d+$/.test(digits);
  return (gap) => {
    if (nppLike && gap.npp?.includes(digits)) return true;
    const name = fold(gap.name);
    return words.every((w) => name.includes(w));
  };
}

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
