import type { Db } from '../db/connection';
import {
  BRANCHES,
  BRANCH_REGENCIES,
  JKK_RATES,
  JP_WAGE_CAPS,
  MINIMUM_WAGES,
  PENSION_AGES,
  PROVINCES,
  REGIONS,
  WORKFORCE,
} from '../../shared/reference/defaults';

const flag = (b: boolean | undefined, fallback = 1): number => (b === undefined ? fallback : b ? 1 : 0);

/** Loads the reference tables from seeds/reference. Runs inside the migration's transaction. */
export function loadReferenceData(db: Db): void {
  const province = db.prepare('INSERT INTO provinces (code, name) VALUES (?, ?)');
  for (const p of PROVINCES) province.run(p.code, p.name);

  const region = db.prepare(
    'INSERT INTO regions (code, province_code, name, kind, legacy, successor_code) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const r of REGIONS) region.run(r.code, r.provinceCode, r.name, r.kind, r.legacy ? 1 : 0, r.successorCode ?? null);

  const branch = db.prepare('INSERT INTO branches (code, name, province_code) VALUES (?, ?, ?)');
  for (const b of BRANCHES) branch.run(b.code, b.name, b.provinceCode);

  const served = db.prepare('INSERT INTO branch_regencies (regency_code, branch_code, confirmed) VALUES (?, ?, ?)');
  for (const s of BRANCH_REGENCIES) served.run(s.regencyCode, s.branchCode, flag(s.confirmed, 0));

  const wage = db.prepare(
    'INSERT INTO minimum_wages (kind, province_code, regency_code, year, amount, confirmed, source) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  for (const w of MINIMUM_WAGES) {
    wage.run(w.kind, w.provinceCode, w.regencyCode ?? null, w.year, w.amount, flag(w.confirmed), w.source ?? '');
  }

  const cap = db.prepare('INSERT INTO jp_wage_caps (effective_month, amount, source) VALUES (?, ?, ?)');
  for (const c of JP_WAGE_CAPS) cap.run(c.effectiveMonth, c.amount, c.source ?? '');

  const age = db.prepare('INSERT INTO pension_ages (from_year, age) VALUES (?, ?)');
  for (const a of PENSION_AGES) age.run(a.fromYear, a.age);

  const jkk = db.prepare('INSERT INTO jkk_rates (risk_group, rate_pct) VALUES (?, ?)');
  for (const j of JKK_RATES) jkk.run(j.riskGroup, j.ratePct);

  const workforce = db.prepare(
    'INSERT INTO workforce (area_code, year, employed, source, confirmed) VALUES (?, ?, ?, ?, ?)',
  );
  for (const f of WORKFORCE) workforce.run(f.areaCode, f.year, f.employed, f.source, flag(f.confirmed, 0));
}
