import type { ReferenceBundle } from '../../shared/domain/reference-bundle';
import type { Region } from '../../shared/domain/reference';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';

const bool = (n: number): boolean => n === 1;

export function readReferenceBundle(db: Db): ReferenceBundle {
  const all = <T>(sql: string): T[] => stmt(db, sql).all() as T[];
  return {
    provinces: all('SELECT code, name FROM provinces ORDER BY code'),
    regions: all<Omit<Region, 'legacy'> & { legacy: number; successorCode: string | null }>(
      `SELECT code, province_code AS provinceCode, name, kind, legacy, successor_code AS successorCode
       FROM regions ORDER BY code`,
    ).map((r) => ({ ...r, legacy: bool(r.legacy), successorCode: r.successorCode ?? undefined })),
    branches: all('SELECT code, name, province_code AS provinceCode FROM branches ORDER BY name'),
    branchRegencies: all<{ regencyCode: string; branchCode: string; confirmed: number }>(
      'SELECT regency_code AS regencyCode, branch_code AS branchCode, confirmed FROM branch_regencies',
    ).map((b) => ({ ...b, confirmed: bool(b.confirmed) })),
    minimumWages: all<{ confirmed: number }>(
      `SELECT kind, province_code AS provinceCode, regency_code AS regencyCode, year, amount, confirmed, source
       FROM minimum_wages ORDER BY year, province_code, regency_code`,
    ).map((w) => ({ ...w, confirmed: bool(w.confirmed) })) as ReferenceBundle['minimumWages'],
    jpWageCaps: all('SELECT effective_month AS effectiveMonth, amount, source FROM jp_wage_caps ORDER BY effective_month'),
    pensionAges: all('SELECT from_year AS fromYear, age FROM pension_ages ORDER BY from_year'),
    jkkRates: all('SELECT risk_group AS riskGroup, rate_pct AS ratePct FROM jkk_rates ORDER BY risk_group'),
    workforce: all<{ confirmed: number }>(
      'SELECT area_code AS areaCode, year, employed, source, confirmed FROM workforce ORDER BY area_code, year',
    ).map((f) => ({ ...f, confirmed: bool(f.confirmed) })) as ReferenceBundle['workforce'],
  };
}

export function findRegionRow(db: Db, code: string): { code: string; name: string; legacy: number } | null {
  return (stmt(db, 'SELECT code, name, legacy FROM regions WHERE code = ?').get(code) as never) ?? null;
}

export function branchServing(db: Db, regencyCode: string): string | null {
  const row = stmt(db, 'SELECT branch_code AS code FROM branch_regencies WHERE regency_code = ?').get(regencyCode) as
    | { code: string }
    | undefined;
  return row?.code ?? null;
}

export function branchExists(db: Db, code: string): { code: string; name: string } | null {
  return (stmt(db, 'SELECT code, name FROM branches WHERE code = ?').get(code) as never) ?? null;
}
