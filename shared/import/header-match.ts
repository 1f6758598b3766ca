import { distance } from 'fastest-levenshtein';
import { definitionsFor, type ImportField, type ParseKind } from './fields';

/** Lower case, no diacritics, punctuation as spaces: "No. KTP/NIK" → "no ktp nik", "Gaji Pokok (Rp)" → "gaji pokok rp". */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9#]+/g, ' ')
    .trim();
}

export interface HeaderMatch {
  field: ImportField;
  /** 1 exact or remembered, 0.9 synonym plus noise words, 0.8 typo (edit distance), 0.7 the header contains a synonym. */
  confidence: number;
  how: 'remembered' | 'exact' | 'typo' | 'contains';
}

const NOISE = new Set(['rp', 'idr', 'rupiah', 'tk', 'dd', 'mm', 'yyyy', 'thn', 'bulan', 'per', 'sesuai', 'sebulan']);

// Short synonyms ("jk", "no", "l p") only ever match exactly: one typo would turn them into other words.
const typoBudget = (synonym: string): number => (synonym.length <= 4 ? 0 : synonym.length <= 8 ? 1 : 2);

/** The field a header cell names, if any. `remembered` holds this employer's earlier choices by normalised header. */
export function matchHeader(
  text: string,
  kind: ParseKind,
  remembered: Readonly<Record<string, ImportField>> = {},
): HeaderMatch | null {
  const h = normaliseHeader(text);
  if (!h) return null;
  if (remembered[h]) return { field: remembered[h], confidence: 1, how: 'remembered' };
  const stripped = h
    .split(' ')
    .filter((w) => !NOISE.has(w))
    .join(' ');
  let best: HeaderMatch | null = null;
  const offer = (m: HeaderMatch) => {
    if (!best || m.confidence > best.confidence) best = m;
  };
  for (const def of definitionsFor(kind)) {
    for (const synonym of def.synonyms) {
      if (h === synonym) return { field: def.field, confidence: 1, how: 'exact' };
      if (stripped === synonym) offer({ field: def.field, confidence: 0.9, how: 'exact' });
      const budget = typoBudget(synonym);
      if (budget > 0 && Math.abs(stripped.length - synonym.length) <= budget && distance(stripped, synonym) <= budget) {
        offer({ field: def.field, confidence: 0.8, how: 'typo' });
      }
      if (def.field !== 'rowNumber' && synonym.length >= 3 && ` ${stripped} `.includes(` ${synonym} `)) {
        offer({ field: def.field, confidence: 0.7, how: 'contains' });
      }
    }
  }
  return best;
}
