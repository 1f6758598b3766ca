import type { BpuInterval } from '../../shared/segments/bpu';
import type { BpuMembership } from '../../shared/segments/segment-types';
import type { Db } from '../db/connection';
import { joinCodes, nowIso, splitCodes, stmt } from '../db/statements';
import { v7 as uuidv7 } from 'uuid';

interface Row {
  id: number;
  nik: string;
  name: string;
  occupation: string;
  income: number;
  programs: string;
  interval_months: number;
  wadah: string | null;
  regency_code: string | null;
  start_date: string;
  end_date: string | null;
  status: string;
}

const select = `SELECT b.*, w.nik, w.name FROM bpu_memberships b JOIN workers w ON w.id = b.worker_id`;

const toBpu = (r: Row): BpuMembership => ({
  id: r.id,
  nik: r.nik,
  name: r.name,
  occupation: r.occupation,
  income: r.income,
  programs: splitCodes(r.programs),
  intervalMonths: r.interval_months as BpuInterval,
  wadah: r.wadah,
  regencyCode: r.regency_code,
  startDate: r.start_date,
  endDate: r.end_date,
  status: r.status as 'aktif' | 'nonaktif',
});

export function getBpuMembership(db: Db, id: number): BpuMembership | null {
  const row = stmt(db, `${select} WHERE b.id = ?`).get(id) as Row | undefined;
  return row ? toBpu(row) : null;
}

export function activeBpuOf(db: Db, workerId: number): BpuMembership | null {
  const row = stmt(db, `${select} WHERE b.worker_id = ? AND b.status = 'aktif'`).get(workerId) as Row | undefined;
  return row ? toBpu(row) : null;
}

export function insertBpuMembership(
  db: Db,
  m: { workerId: number; occupation: string; income: number; programs: string[]; intervalMonths: number; wadah: string | null; regencyCode: string | null; startDate: string },
): number {
  const now = nowIso();
  return Number(
    stmt(
      db,
      `INSERT INTO bpu_memberships (gid, worker_id, occupation, income, programs, interval_months, wadah, regency_code, start_date, end_date, status, created_at, updated_at)
       VALUES (@gid, @workerId, @occupation, @income, @programs, @intervalMonths, @wadah, @regencyCode, @startDate, NULL, 'aktif', @now, @now)`,
    ).run({ ...m, gid: uuidv7(), programs: joinCodes(m.programs), now }).lastInsertRowid,
  );
}
