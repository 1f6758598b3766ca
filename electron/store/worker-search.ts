import { SEARCH_COUNT_BOUND, type WorkerSearchItem, type WorkerSearchPage } from '../../shared/domain/worker-search';
import type { Db } from '../db/connection';
import { nameWords, spacedSql } from '../db/name-words';
import { stmt } from '../db/statements';
import { participationsOf } from './participations';
import { AppError } from '../errors/app-error';

/** A result's place in the order: (sorted name, worker id) for names, (NIK, worker id) for digits. */
interface Key {
  key: string;
  id: number;
}

/** Past this many different words under one prefix, merging per word costs more than one sort. */
const MAX_MERGED_WORDS = 64;
/** Above U+FFFF nothing a person's name holds: `word < prefix + HIGH` is "starts with prefix". */
const HIGH = '\uffff';

/**
 * SQLite orders text by its UTF-8 bytes, JavaScript by UTF-16 units (they differ from U+D800 up). A key with
 * any non-ASCII character is compared as its bytes (a latin1 string of them keeps byte order); ASCII keys
 * are their own bytes.
 */
const byteKey = (key: string): string => (/[^ -~]/.test(key) ? Buffer.from(key).toString('latin1') : key);

function encodeCursor(mode: 'name' | 'digits', k: Key): string {
  return Buffer.from(JSON.stringify([mode, k.key, k.id])).toString('base64url');
}

function decodeCursor(mode: 'name' | 'digits', cursor: string | undefined): Key {
  if (!cursor) return { key: '', id: -1 };
  try {
    const [m, key, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (m === mode && typeof key === 'string' && Number.isInteger(id)) return { key, id: id as number };
  } catch {
    // falls through to the coded refusal
  }
  throw new AppError('SEARCH_CURSOR_INVALID');
}

/** Sorted, without the same person twice (a name can hold two words under one prefix). */
function mergeKeys(lists: Key[][]): Key[] {
  const all = lists
    .flat()
    .map((k) => ({ k, order: byteKey(k.key) }))
    .sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : a.k.id - b.k.id))
    .map(({ k }) => k);
  return all.filter((k, i) => i === 0 || k.id !== all[i - 1]!.id);
}

// --- names ---------------------------------------------------------------------------------------------

/** SQL that keeps only rows whose name also has a word starting with each of the other terms. */
function otherTermsSql(count: number): string {
  const spaced = `(' ' || ${spacedSql('sort_name')})`;
  return Array.from({ length: count }, (_, i) => ` AND instr(${spaced}, ' ' || @t${i}) > 0`).join('');
}

interface NameQuery {
  lead: string;
  others: Record<string, string>;
  filter: string;
}

function nameQuery(query: string): NameQuery | null {
  const terms = [...new Set(nameWords(query))];
  if (!terms.length) return null;
  // The longest term is usually the rarest: the others only filter its rows.
  const lead = terms.reduce((a, b) => (b.length > a.length ? b : a));
  const rest = terms.filter((t) => t !== lead);
  return { lead, others: Object.fromEntries(rest.map((t, i) => [`t${i}`, t])), filter: otherTermsSql(rest.length) };
}

/** The different words starting with `prefix`, one index seek each; null when there are too many to merge. */
function wordsUnder(db: Db, prefix: string): string[] | null {
  const next = stmt(db, 'SELECT word FROM worker_name_words WHERE word > @after AND word < @hi ORDER BY word LIMIT 1').pluck();
  const words: string[] = [];
  const exact = stmt(db, 'SELECT 1 FROM worker_name_words WHERE word = @w LIMIT 1').pluck().get({ w: prefix });
  if (exact) words.push(prefix);
  let after = prefix;
  for (;;) {
    const w = next.get({ after, hi: prefix + HIGH }) as string | undefined;
    if (w === undefined) return words;
    if (words.length >= MAX_MERGED_WORDS) return null;
    words.push(w);
    after = w;
  }
}

function namePage(db: Db, q: NameQuery, after: Key, limit: number): Key[] {
  const params = { ...q.others, afterName: after.key, afterId: after.id, n: limit + 1 };
  const words = wordsUnder(db, q.lead);
  if (words === null) {
    const rows = stmt(
      db,
      `SELECT DISTINCT sort_name AS key, worker_id AS id FROM worker_name_words
       WHERE word >= @lo AND word < @hi AND (sort_name, worker_id) > (@afterName, @afterId)${q.filter}
       ORDER BY sort_name, worker_id LIMIT @n`,
    ).all({ ...params, lo: q.lead, hi: q.lead + HIGH }) as Key[];
    return mergeKeys([rows]);
  }
  // Each word's people come out of the key already in name order: a page is a seek and `limit` steps per word.
  const perWord = stmt(
    db,
    `SELECT sort_name AS key, worker_id AS id FROM worker_name_words
     WHERE word = @word AND (sort_name, worker_id) > (@afterName, @afterId)${q.filter}
     ORDER BY sort_name, worker_id LIMIT @n`,
  );
  return mergeKeys(words.map((word) => perWord.all({ ...params, word }) as Key[])).slice(0, limit + 1);
}

/**
 * SQL and parameters for the ids of everyone whose name has a word starting with each word of `query`, for
 * searches that take all matches at once (`workers-search`); null when the query holds no word.
 */
export function nameHits(query: string): { sql: string; params: Record<string, string> } | null {
  const q = nameQuery(query);
  if (!q) return null;
  return {
    sql: `SELECT DISTINCT worker_id AS id FROM worker_name_words WHERE word >= @lo AND word < @hi${q.filter}`,
    params: { ...q.others, lo: q.lead, hi: q.lead + HIGH },
  };
}

function nameCount(db: Db, q: NameQuery): number {
  return stmt(
    db,
    `SELECT count(*) FROM (SELECT DISTINCT worker_id FROM worker_name_words
       WHERE word >= @lo AND word < @hi${q.filter} LIMIT @cap)`,
  )
    .pluck()
    .get({ ...q.others, lo: q.lead, hi: q.lead + HIGH, cap: SEARCH_COUNT_BOUND + 1 }) as number;
}

// --- NIK and KPJ digits -------------------------------------------------------------------------------

function digitsPage(db: Db, digits: string, after: Key, limit: number): Key[] {
  const params = { lo: digits, hi: `${digits}:`, after: after.key, n: limit + 1 };
  const byNik = stmt(db, 'SELECT nik AS key, id FROM workers WHERE nik >= @lo AND nik < @hi AND nik > @after ORDER BY nik LIMIT @n').all(params) as Key[];
  const byKpj = stmt(
    db,
    'SELECT nik AS key, id FROM workers WHERE kpj >= @lo AND kpj < @hi AND nik > @after ORDER BY nik LIMIT @n',
  ).all(params) as Key[];
  return mergeKeys([byNik, byKpj]).slice(0, limit + 1);
}

function digitsCount(db: Db, digits: string): number {
  const params = { lo: digits, hi: `${digits}:`, cap: SEARCH_COUNT_BOUND + 1 };
  const nik = stmt(db, 'SELECT count(*) FROM (SELECT 1 FROM workers WHERE nik >= @lo AND nik < @hi LIMIT @cap)').pluck().get(params) as number;
  const kpj = stmt(db, 'SELECT count(*) FROM (SELECT 1 FROM workers WHERE kpj >= @lo AND kpj < @hi LIMIT @cap)').pluck().get(params) as number;
  if (nik + kpj > SEARCH_COUNT_BOUND) return nik + kpj;
  return stmt(
    db,
    `SELECT count(*) FROM (SELECT id FROM workers WHERE nik >= @lo AND nik < @hi UNION SELECT id FROM workers WHERE kpj >= @lo AND kpj < @hi)`,
  )
    .pluck()
    .get(params) as number;
}

// --- rows ---------------------------------------------------------------------------------------------

interface MembershipRow {
  workerId: number;
  membershipId: number;
  npp: string;
  employerName: string;
  wage: number;
  startDate: string;
  status: 'aktif' | 'nonaktif';
  source: WorkerSearchItem['source'] | null;
}

/** The one a clerk looks at first: active before ended, then the latest start. */
const shownFirst = (a: MembershipRow, b: MembershipRow): number =>
  Number(b.status === 'aktif') - Number(a.status === 'aktif') || b.startDate.localeCompare(a.startDate) || b.membershipId - a.membershipId;

/** Every participation of the page's people (issue 10 §4: a person known only as BPU or Jakon shows what they hold). */
const PARTICIPATIONS = participationsOf('SELECT value AS id FROM json_each(@ids)');

/** The page's people and all their participations in two reads; the one shown is picked here. */
function itemsFor(db: Db, ids: number[], month: string): WorkerSearchItem[] {
  const json = JSON.stringify(ids);
  const people = stmt(
    db,
    `SELECT w.id, w.nik, w.name, w.birth_date AS birthDate, w.gender, w.kpj
     FROM json_each(@ids) j JOIN workers w ON w.id = j.value ORDER BY j.key`,
  ).all({ ids: json }) as (Pick<WorkerSearchItem, 'nik' | 'name' | 'birthDate' | 'gender' | 'kpj'> & { id: number })[];
  const memberships = stmt(db, PARTICIPATIONS).all({ ids: json, month }) as MembershipRow[];
  const byWorker = new Map<number, MembershipRow[]>();
  for (const m of memberships) byWorker.set(m.workerId, [...(byWorker.get(m.workerId) ?? []), m]);
  return people.map(({ id, ...person }) => {
    const own = (byWorker.get(id) ?? []).sort(shownFirst);
    const first = own[0];
    return {
      ...person,
      membershipCount: own.length,
      membershipId: first?.membershipId ?? null,
      npp: first?.npp ?? null,
      employerName: first?.employerName ?? null,
      wage: first?.wage ?? null,
      startDate: first?.startDate ?? null,
      status: first?.status ?? null,
      source: first?.source ?? null,
    };
  });
}

export const isDigitQuery = (query: string): boolean => /^\d+$/.test(query.replace(/[\s.-]/g, ''));

/**
 * People by NIK or KPJ (whole or leading digits) or by name (every word, as a word prefix), one row per
 * person in a fixed order, `limit` at a time after `cursor`. Nobody is hidden: the count says how many
 * (exactly up to the bound) and `next` reaches every one of them. No page sorts all matches or counts
 * past the bound, so the cost does not grow with how common the name is.
 */
export function findWorkers(db: Db, query: string, limit: number, cursor: string | undefined, month: string): WorkerSearchPage {
  const digits = query.replace(/[\s.-]/g, '');
  let keys: Key[];
  let total: number;
  let mode: 'name' | 'digits';
  if (/^\d+$/.test(digits)) {
    mode = 'digits';
    keys = digitsPage(db, digits, decodeCursor(mode, cursor), limit);
    total = digitsCount(db, digits);
  } else {
    mode = 'name';
    const q = nameQuery(query);
    if (!q) return { items: [], total: 0, totalExact: true, next: null };
    keys = namePage(db, q, decodeCursor(mode, cursor), limit);
    total = nameCount(db, q);
  }
  const page = keys.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: itemsFor(
      db,
      page.map((k) => k.id),
      month,
    ),
    total: Math.min(total, SEARCH_COUNT_BOUND),
    totalExact: total <= SEARCH_COUNT_BOUND,
    next: keys.length > limit && last ? encodeCursor(mode, last) : null,
  };
}
