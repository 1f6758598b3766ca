import { normaliseNib } from '../validate/nib';
import { npwp16 } from '../validate/npwp';
import { companyNameKey, nameKeySimilarity, sameCompanyName } from './company-name';
import type { NearMiss } from './gap-types';

export interface RegisteredCompany {
  npp: string;
  name: string;
  nib: string | null;
  npwp: string | null;
  regencyCode: string;
}

interface Indexed extends RegisteredCompany {
  key: string;
}

export interface MatchIndex {
  byNib: Map<string, Indexed>;
  byNpwp: Map<string, Indexed>;
  byRegency: Map<string, Indexed[]>;
}

export function buildMatchIndex(companies: Iterable<RegisteredCompany>): MatchIndex {
  const index: MatchIndex = { byNib: new Map(), byNpwp: new Map(), byRegency: new Map() };
  for (const c of companies) {
    const e: Indexed = { ...c, key: companyNameKey(c.name) };
    if (c.nib) index.byNib.set(normaliseNib(c.nib), e);
    const tax = c.npwp ? npwp16(c.npwp) : null;
    if (tax) index.byNpwp.set(tax, e);
    let list = index.byRegency.get(c.regencyCode);
    if (!list) index.byRegency.set(c.regencyCode, (list = []));
    list.push(e);
  }
  return index;
}

export interface ProspectIdentity {
  name: string;
  nib: string | null;
  npwp: string | null;
  regencyCode: string;
}

export type MatchResult =
  | { matchedBy: 'NIB' | 'NPWP' | 'NAMA'; npp: string; name: string }
  | { matchedBy: null; nearMiss: NearMiss | null };

const NEAR_MISS_FLOOR = 0.5;

/**
 * Is this outside-list company already registered? By NIB, then NPWP (15- and 16-digit forms equal,
 * PMK 112/2022), then by normalised name within the same regency allowing small typos. Otherwise the
 * closest registered name in the regency is returned so staff can link it instead.
 */
export function matchProspect(p: ProspectIdentity, index: MatchIndex): MatchResult {
  const nib = p.nib ? index.byNib.get(normaliseNib(p.nib)) : undefined;
  if (nib) return { matchedBy: 'NIB', npp: nib.npp, name: nib.name };
  const tax = p.npwp ? npwp16(p.npwp) : null;
  const byTax = tax ? index.byNpwp.get(tax) : undefined;
  if (byTax) return { matchedBy: 'NPWP', npp: byTax.npp, name: byTax.name };

  const key = companyNameKey(p.name);
  let best: Indexed | null = null;
  let bestSimilarity = 0;
  for (const c of index.byRegency.get(p.regencyCode) ?? []) {
    if (sameCompanyName(key, c.key)) return { matchedBy: 'NAMA', npp: c.npp, name: c.name };
    const similarity = nameKeySimilarity(key, c.key);
    if (similarity > bestSimilarity) {
      best = c;
      bestSimilarity = similarity;
    }
  }
  const nearMiss =
    best && bestSimilarity >= NEAR_MISS_FLOOR
      ? { npp: best.npp, name: best.name, regencyCode: best.regencyCode, similarity: Math.round(bestSimilarity * 100) / 100 }
      : null;
  return { matchedBy: null, nearMiss };
}
