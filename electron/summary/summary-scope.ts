import type { SummaryScope } from '../../shared/summary/summary-types';
import { AppError } from '../errors/app-error';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';

/** A branch by code ("BPN") or name ("Balikpapan", any case), as gaps-list resolves it. */
export function branchScope(db: Db, branch: string): SummaryScope {
  const row = stmt(
    db,
    `SELECT b.code, b.name, b.province_code AS provinceCode, p.name AS provinceName
     FROM branches b JOIN provinces p ON p.code = b.province_code
     WHERE b.code = upper(@b) OR lower(b.name) = lower(@b)`,
  ).get({ b: branch }) as Omit<SummaryScope, 'kind'> | undefined;
  if (!row) throw new AppError('BRANCH_UNKNOWN', { code: branch });
  return { kind: 'branch', ...row };
}

/** A province by code ("64") or name ("Kalimantan Timur", "kaltim" is not guessed). */
export function provinceScope(db: Db, province: string): SummaryScope {
  const row = stmt(db, 'SELECT code, name FROM provinces WHERE code = @p OR lower(name) = lower(@p)').get({ p: province }) as
    | { code: string; name: string }
    | undefined;
  if (!row) throw new AppError('PROVINCE_UNKNOWN', { code: province });
  return { kind: 'province', code: row.code, name: row.name, provinceCode: row.code, provinceName: row.name };
}
