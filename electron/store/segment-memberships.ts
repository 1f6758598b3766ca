import type { SegmentMembership } from '../../shared/segments/segment-types';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';

/** A person's BPU memberships, funded programmes and Jakon projects, for the worker page. */
export function segmentMembershipsOf(db: Db, workerId: number, month: string): SegmentMembership[] {
  return stmt(
    db,
    `SELECT * FROM (
       SELECT 'bpu' AS kind, 'BPU' AS segment, b.id, 'BPU mandiri' || CASE WHEN b.occupation <> '' THEN ' — ' || b.occupation ELSE '' END AS label,
         b.start_date AS startDate, b.end_date AS endDate, b.status
       FROM bpu_memberships b WHERE b.worker_id = @workerId
       UNION ALL
       SELECT 'funded', 'BPU', f.id, p.funder_name || ' — ' || p.name, p.month_from || '-01', date(p.month_to || '-01', '+1 month', '-1 day'),
         CASE WHEN @month BETWEEN p.month_from AND p.month_to THEN 'aktif' ELSE 'nonaktif' END
       FROM funded_members f JOIN funded_programmes p ON p.id = f.programme_id WHERE f.worker_id = @workerId
       UNION ALL
       SELECT 'jakon', 'JAKON', j.id, p.name || ' (' || e.name || ')', j.start_date, coalesce(j.end_date, p.end_date), j.status
       FROM jakon_workers j JOIN jakon_projects p ON p.id = j.project_id JOIN employers e ON e.npp = p.contractor_npp WHERE j.worker_id = @workerId
     ) ORDER BY status, startDate DESC`,
  ).all({ workerId, month }) as SegmentMembership[];
}
