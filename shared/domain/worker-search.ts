import type { Gender, MembershipStatus } from './worker';

/** One person found by a search, with the membership a clerk looks at first (active, then the latest). */
export interface WorkerSearchItem {
  nik: string;
  name: string;
  birthDate: string;
  gender: Gender;
  kpj: string | null;
  /** All memberships of the person; the fields below describe one of them (null: none left). */
  membershipCount: number;
  membershipId: number | null;
  npp: string | null;
  employerName: string | null;
  wage: number | null;
  startDate: string | null;
  status: MembershipStatus | null;
  /** Where the shown participation comes from: null for a PU membership. */
  source: 'bpu' | 'funded' | 'jakon' | null;
}

/**
 * A page of search results in a fixed order (name, or NIK for digits). `total` is exact up to
 * `SEARCH_COUNT_BOUND`; past it `totalExact` is false and `total` is the bound ("lebih dari 1.000").
 * `next` asks for the page after this one; null at the end.
 */
export interface WorkerSearchPage {
  items: WorkerSearchItem[];
  total: number;
  totalExact: boolean;
  next: string | null;
}

export const SEARCH_COUNT_BOUND = 1000;
