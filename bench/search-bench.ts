import type { Db } from '../electron/db/open';
import { nameWords } from '../electron/db/name-words';
import { listEmployers } from '../electron/store/employers';
import { findWorkers } from '../electron/store/worker-search';
import { findWorker } from '../electron/store/workers';
import { openBenchDb } from './bench-db';

const QUERIES = 200;
const WARM_UP = 20;
/** The page sizes the screens ask for: worker search 100 people, the employer list 200 rows. */
const SEARCH_PAGE = 100;
const LIST_PAGE = 200;
/** The month funded programmes are judged active in (any month works: the bench store holds none). */
const MONTH = '2026-03';

const quantile = (xs: number[], q: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};
const round = (ms: number): number => Math.round(ms * 1000) / 1000;

/** A deterministic generator, so every run draws the same queries. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function timed<Q>(queries: Q[], run: (q: Q) => unknown): { p50: number; p95: number; max: number } {
  for (const q of queries.slice(0, WARM_UP)) run(q);
  const ms = queries.map((q) => {
    const t = performance.now();
    run(q);
    return performance.now() - t;
  });
  return { p50: round(quantile(ms, 0.5)), p95: round(quantile(ms, 0.95)), max: round(Math.max(...ms)) };
}

interface Drawn {
  niks: string[];
  prefixes: string[];
  firstNames: string[];
  idPrefixes: string[];
  afterRows: { name: string; npp: string }[];
}

/** Queries drawn at random from the store: people by random id, employers by random position in the list. */
function draw(db: Db): Drawn {
  const random = rng(20261129);
  const maxWorker = db.prepare('SELECT max(id) FROM workers').pluck().get() as number;
  const person = db.prepare('SELECT nik, name FROM workers WHERE id >= ? ORDER BY id LIMIT 1');
  const people = Array.from({ length: QUERIES }, () => person.get(1 + Math.floor(random() * maxWorker)) as { nik: string; name: string });
  const employers = db.prepare('SELECT npp, name, npwp, nib FROM employers ORDER BY name COLLATE NOCASE, npp').all() as {
    npp: string;
    name: string;
    npwp: string | null;
    nib: string | null;
  }[];
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;
  return {
    niks: people.map((p) => p.nik),
    prefixes: people.map((p) => pick(nameWords(p.name).filter((w) => w.length >= 3)).slice(0, 3)),
    firstNames: people.map((p) => p.name.split(' ')[0]!),
    idPrefixes: Array.from({ length: QUERIES }, () => {
      const e = pick(employers);
      const id = pick([e.npp, e.npwp, e.nib].filter((x): x is string => x !== null));
      return id.slice(0, 4 + Math.floor(random() * 5));
    }),
    afterRows: Array.from({ length: QUERIES }, () => pick(employers)),
  };
}

/**
 * `npm run bench -- search`: lookups a desk makes all day on the 1M-worker bench store, each 200 times
 * (after 20 unmeasured), drawn at random from the store. Prints one JSON line (milliseconds).
 */
export function runSearchBench(): void {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const opened = performance.now();
  const db = openBenchDb(log);
  log(`store opened and migrated in ${((performance.now() - opened) / 1000).toFixed(1)} s`);
  const q = draw(db);
  const nik = timed(q.niks, (n) => findWorker(db, n));
  const namePrefix = timed(q.prefixes, (p) => findWorkers(db, p, SEARCH_PAGE, undefined, MONTH));
  const commonName = timed(q.firstNames, (n) => findWorkers(db, n, SEARCH_PAGE, undefined, MONTH));
  const employerIdPrefix = timed(q.idPrefixes, (p) => listEmployers(db, { query: p, offset: 0, limit: LIST_PAGE }));
  const deepPage = timed(q.afterRows, (after) => listEmployers(db, { query: '', offset: 0, limit: LIST_PAGE, after }));
  const budi = timed(Array.from({ length: QUERIES }, () => 'Budi'), (n) => findWorkers(db, n, SEARCH_PAGE, undefined, MONTH));
  db.close();
  console.log(
    JSON.stringify({
      bench: 'search',
      nikP95: nik.p95,
      namePrefixP95: namePrefix.p95,
      commonNameP95: commonName.p95,
      employerIdPrefixP95: employerIdPrefix.p95,
      deepPageP95: deepPage.p95,
      budiP95: budi.p95,
      queries: QUERIES,
      detail: { nik, namePrefix, commonName, employerIdPrefix, deepPage, budi },
    }),
  );
}
