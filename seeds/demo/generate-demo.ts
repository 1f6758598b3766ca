import type Database from 'better-sqlite3';
import { runBulk } from '../../electron/audit/actor';
import { appendAudit } from '../../electron/store/audit';
import type { BusinessScale, ProgramCode } from '../../shared/domain/reference';
import { BRANCH_REGENCIES, MINIMUM_WAGES, REGIONS } from '../../shared/reference/defaults';
import { COMPANY_FORMS, COMPANY_TRADES, COMPANY_WORDS, FAMILY_NAMES, FEMALE_NAMES, MALE_NAMES, STREETS } from './names';
import { between, digits, pad, pick, seededRandom, type Rng } from './random';
import { seedSegments } from './demo-segments';

export interface DemoOptions {
  employers: number;
  workers: number;
  seed?: number;
  /** Contribution year the wages are drawn against. */
  year?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface DemoSummary {
  employers: number;
  workers: number;
  memberships: number;
}

/** Bigger towns get more employers, so the demo looks like the branches' real mix. */
const REGENCY_WEIGHT: Record<string, number> = {
  '64.71': 14, '64.72': 14, '64.02': 6, '64.74': 5, '64.08': 5, '64.03': 4, '64.01': 3, '64.09': 2, '64.07': 2,
  '65.71': 5, '65.01': 2, '65.03': 2, '65.02': 1, '62.71': 6, '62.02': 4, '62.01': 3,
};

const SCALES: { scale: BusinessScale; share: number; min: number; max: number }[] = [
  { scale: 'mikro', share: 0.35, min: 1, max: 4 },
  { scale: 'kecil', share: 0.35, min: 5, max: 19 },
  { scale: 'menengah', share: 0.2, min: 20, max: 99 },
  { scale: 'besar', share: 0.1, min: 100, max: 400 },
];

// Perpres 109/2013 Ps.6, with deliberate omissions so the demo has PDS Program cases.
function programsFor(rng: Rng, scale: BusinessScale): ProgramCode[] {
  if (scale === 'mikro') return ['JKK', 'JKM'];
  if (scale === 'kecil') return rng() < 0.1 ? ['JKK', 'JKM'] : ['JKK', 'JKM', 'JHT'];
  return rng() < 0.2 ? ['JKK', 'JKM', 'JHT'] : ['JKK', 'JKM', 'JHT', 'JP'];
}

function minimumWage(regencyCode: string, provinceCode: string, year: number): number {
  const umk = MINIMUM_WAGES.find((w) => w.kind === 'UMK' && w.regencyCode === regencyCode && w.year === year);
  const ump = MINIMUM_WAGES.find((w) => w.kind === 'UMP' && w.provinceCode === provinceCode && w.year === year);
  return (umk ?? ump)?.amount ?? 3_500_000;
}

function weightedRegions() {
  const served = new Set(BRANCH_REGENCIES.map((b) => b.regencyCode));
  const regions = REGIONS.filter((r) => !r.legacy && served.has(r.code));
  const total = regions.reduce((s, r) => s + (REGENCY_WEIGHT[r.code] ?? 1), 0);
  return (rng: Rng) => {
    let x = rng() * total;
    for (const r of regions) {
      x -= REGENCY_WEIGHT[r.code] ?? 1;
      if (x <= 0) return r;
    }
    return regions[regions.length - 1]!;
  };
}

function scaleFor(rng: Rng) {
  let x = rng();
  for (const s of SCALES) {
    x -= s.share;
    if (x <= 0) return s;
  }
  return SCALES[SCALES.length - 1]!;
}

/**
 * Fills an empty store with a deterministic, realistic branch: employers of every scale over the branches,
 * their workers with valid NIKs, and the gaps the desk hunts for — missing workers (PDS TK), wages under
 * the UMK (PDS Upah) and medium/large firms without JP (PDS Program).
 */
export function generateDemo(db: Database.Database, opts: DemoOptions): DemoSummary {
  const rng = seededRandom(opts.seed ?? 20260301);
  const year = opts.year ?? 2026;
  const pickRegion = weightedRegions();
  const branchOf = new Map(BRANCH_REGENCIES.map((b) => [b.regencyCode, b.branchCode]));
  const now = new Date(Date.UTC(year, 0, 2)).toISOString();

  const plans = Array.from({ length: opts.employers }, (_, i) => {
    const region = pickRegion(rng);
    const size = scaleFor(rng);
    const headcount = between(rng, size.min, size.max);
    const share = rng() < 0.2 ? 0.4 + rng() * 0.5 : 1; // PDS TK: only part of the workforce registered
    const underpays = rng() < 0.15; // PDS Upah
    return { i, region, scale: size.scale, headcount, share, registered: 0, underpays };
  });
  // Scale the drawn headcounts so the registered workers add up to the requested total.
  const planned = plans.reduce((s, p) => s + p.headcount * p.share, 0);
  const stretch = opts.workers / Math.max(planned, 1);
  for (const p of plans) {
    p.headcount = Math.max(1, Math.round(p.headcount * stretch));
    p.registered = p.share < 1 ? Math.max(1, Math.min(p.headcount - 1, Math.floor(p.headcount * p.share))) : p.headcount;
  }

  const insertEmployer = db.prepare(
    `INSERT INTO employers (npp, name, npwp, nib, regency_code, address, scale, risk_group, programs,
       reported_headcount, branch_code, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertWorker = db.prepare(
    `INSERT INTO workers (nik, name, birth_date, gender, kpj, phone, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertMembership = db.prepare(
    `INSERT INTO memberships (worker_id, npp, segment, wage, start_date, end_date, programs, status, created_at, updated_at)
     VALUES (?, ?, 'PU', ?, ?, ?, ?, ?, ?, ?)`,
  );

  const usedNik = new Set<string>();
  let workers = 0;
  let memberships = 0;
  const insertAll = db.transaction(() => {
    for (const p of plans) {
      const npp = pad(10_000_000 + p.i * 37 + between(rng, 0, 36), 8);
      const name = `${pick(rng, COMPANY_FORMS)} ${pick(rng, COMPANY_WORDS)} ${pick(rng, COMPANY_WORDS)} ${pick(rng, COMPANY_TRADES)}`;
      const programs = programsFor(rng, p.scale);
      const provinceCode = p.region.code.slice(0, 2);
      insertEmployer.run(
        npp, name, `0${digits(rng, 15)}`, rng() < 0.8 ? digits(rng, 13) : null, p.region.code,
        `${pick(rng, STREETS)} No. ${between(rng, 1, 250)}, ${p.region.name}`, p.scale, between(rng, 1, 5),
        programs.join(','), p.headcount, branchOf.get(p.region.code)!, now, now,
      );
      const floor = minimumWage(p.region.code, provinceCode, year);
      const former = Math.round(p.registered * 0.05 * rng() * 2); // people who left: ended memberships
      for (let k = 0; k < p.registered + former; k++) {
        const female = rng() < 0.35;
        const birthYear = between(rng, 1966, 2006);
        const month = between(rng, 1, 12);
        const day = between(rng, 1, 28);
        const issuedIn = rng() < 0.7 ? p.region.code : pickRegion(rng).code;
        let nik = '';
        do {
          nik = `${issuedIn.replace('.', '')}${pad(between(rng, 1, 20), 2)}${pad(day + (female ? 40 : 0), 2)}${pad(month, 2)}${pad(birthYear % 100, 2)}${pad(between(rng, 1, 9999), 4)}`;
        } while (usedNik.has(nik));
        usedNik.add(nik);
        const given = pick(rng, female ? FEMALE_NAMES : MALE_NAMES);
        const info = insertWorker.run(
          nik, `${given} ${pick(rng, FAMILY_NAMES)}`, `${birthYear}-${pad(month, 2)}-${pad(day, 2)}`, female ? 'P' : 'L',
          rng() < 0.6 ? digits(rng, 11) : null, rng() < 0.7 ? `08${digits(rng, 10)}` : null, now, now,
        );
        const underpaid = p.underpays && rng() < 0.4;
        const factor = underpaid ? 0.7 + rng() * 0.28 : 1 + rng() * rng() * 1.5;
        const wage = Math.round((floor * factor) / 1000) * 1000 + (underpaid ? 0 : 1000);
        const ended = k >= p.registered;
        // Start months spread evenly from January 2012 to March of the demo year (former workers: to the
        // year before), never before the worker turned 18.
        const lastMonth = ended ? (year - 1 - 2012) * 12 + 11 : (year - 2012) * 12 + 2;
        const firstMonth = Math.min(Math.max(0, (birthYear + 18 - 2012) * 12), lastMonth);
        const startIndex = between(rng, firstMonth, lastMonth);
        const startYear = 2012 + Math.floor(startIndex / 12);
        const startMonth = (startIndex % 12) + 1;
        insertMembership.run(
          info.lastInsertRowid, npp, wage, `${startYear}-${pad(startMonth, 2)}-01`,
          ended ? `${year - 1}-12-31` : null, programs.join(','), ended ? 'nonaktif' : 'aktif', now, now,
        );
        workers++;
        memberships++;
      }
      if (p.i % 100 === 0) opts.onProgress?.(p.i, plans.length);
    }
    const segments = seedSegments(db, rng, year, now, usedNik);
    appendAudit(db, { action: 'seed', entity: 'demo', detail: { employers: plans.length, workers, memberships, segmentPeople: segments.people } });
  });
  // One audit entry for the whole seed instead of one per row.
  runBulk(() => insertAll());
  opts.onProgress?.(plans.length, plans.length);
  return { employers: plans.length, workers, memberships };
}
