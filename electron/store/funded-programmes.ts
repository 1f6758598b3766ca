import type { FunderKind, Tranche } from '../../shared/segments/funded';
import type { FundedMemberItem, FundedProgramme } from '../../shared/segments/segment-types';
import type { Db } from '../db/connection';
import { nowIso, stmt } from '../db/statements';
import { v7 as uuidv7 } from 'uuid';

const select = `SELECT p.id, p.funder_kind AS funderKind, p.funder_code AS funderCode, p.funder_name AS funderName, p.year, p.name,
  p.tranche, p.month_from AS monthFrom, p.month_to AS monthTo, p.quota, p.monthly_contribution AS monthlyContribution,
  (SELECT count(*) FROM funded_members f WHERE f.programme_id = p.id) AS members
  FROM funded_programmes p`;

export function getProgramme(db: Db, id: number): FundedProgramme | null {
  return (stmt(db, `${select} WHERE p.id = ?`).get(id) as FundedProgramme | undefined) ?? null;
}

export function listProgrammes(db: Db, year: number | null): FundedProgramme[] {
  return stmt(db, `${select} WHERE @year IS NULL OR p.year = @year ORDER BY p.year DESC, p.funder_code, p.id`).all({ year }) as FundedProgramme[];
}

export function insertProgramme(
  db: Db,
  p: { funderKind: FunderKind; funderCode: string; funderName: string; year: number; name: string; tranche: Tranche; monthFrom: string; monthTo: string; quota: number; monthlyContribution: number },
): number {
  const now = nowIso();
  return Number(
    stmt(
      db,
      `INSERT INTO funded_programmes (gid, funder_kind, funder_code, funder_name, year, name, tranche, month_from, month_to, quota, monthly_contribution, created_at, updated_at)
       VALUES (@gid, @funderKind, @funderCode, @funderName, @year, @name, @tranche, @monthFrom, @monthTo, @quota, @monthlyContribution, @now, @now)`,
    ).run({ ...p, gid: uuidv7(), now }).lastInsertRowid,
  );
}

/** The same funder's most recent programme of an earlier budget year: what a renewal is compared with. */
export function previousProgramme(db: Db, p: FundedProgramme): FundedProgramme | null {
  return (
    (stmt(db, `${select} WHERE p.funder_code = @funderCode AND p.year < @year ORDER BY p.year DESC, p.id DESC LIMIT 1`).get({
      funderCode: p.funderCode,
      year: p.year,
    }) as FundedProgramme | undefined) ?? null
  );
}

export function memberNiks(db: Db, programmeId: number): string[] {
  return (stmt(db, 'SELECT w.nik FROM funded_members f JOIN workers w ON w.id = f.worker_id WHERE f.programme_id = ?').all(programmeId) as { nik: string }[]).map(
    (r) => r.nik,
  );
}

export function listMembers(db: Db, programmeId: number, asOfMonth: string, offset: number, limit: number): { items: FundedMemberItem[]; total: number } {
  const total = (stmt(db, 'SELECT count(*) AS n FROM funded_members WHERE programme_id = ?').get(programmeId) as { n: number }).n;
  const items = stmt(
    db,
    `SELECT w.nik, w.name, w.birth_date AS birthDate, f.occupation, f.village,
       CASE WHEN @month BETWEEN p.month_from AND p.month_to THEN 'aktif' ELSE 'nonaktif' END AS status
     FROM funded_members f JOIN workers w ON w.id = f.worker_id JOIN funded_programmes p ON p.id = f.programme_id
     WHERE f.programme_id = @programmeId ORDER BY w.name, w.nik LIMIT @limit OFFSET @offset`,
  ).all({ programmeId, month: asOfMonth, offset, limit }) as FundedMemberItem[];
  return { items, total };
}
