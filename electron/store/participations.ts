/**
 * SQL: every participation of the people whose ids `ids` (a query with an `id` column) yields — PU memberships,
 * BPU memberships, funded programmes (active within their months, judged at `@month`) and Jakon projects — one
 * row each, as (workerId, membershipId, npp, employerName, wage, startDate, status, source, segment). `source` is
 * null for a PU membership. Both worker searches read a person's segments through this one query.
 */
export const participationsOf = (ids: string): string => `
  SELECT m.worker_id AS workerId, m.id AS membershipId, m.npp, e.name AS employerName, m.wage, m.start_date AS startDate,
    m.status, NULL AS source, m.segment
  FROM (${ids}) i JOIN memberships m ON m.worker_id = i.id JOIN employers e ON e.npp = m.npp
  UNION ALL
  SELECT b.worker_id, b.id, '', 'BPU mandiri', b.income, b.start_date, b.status, 'bpu', 'BPU'
  FROM (${ids}) i JOIN bpu_memberships b ON b.worker_id = i.id
  UNION ALL
  SELECT f.worker_id, f.id, '', p.funder_name || ' — ' || p.name, p.monthly_contribution, p.month_from || '-01',
    CASE WHEN @month BETWEEN p.month_from AND p.month_to THEN 'aktif' ELSE 'nonaktif' END, 'funded', 'BPU'
  FROM (${ids}) i JOIN funded_members f ON f.worker_id = i.id JOIN funded_programmes p ON p.id = f.programme_id
  UNION ALL
  SELECT jw.worker_id, jw.id, p.contractor_npp, 'Jakon: ' || p.name, coalesce(jw.wage, 0), jw.start_date, jw.status, 'jakon', 'JAKON'
  FROM (${ids}) i JOIN jakon_workers jw ON jw.worker_id = i.id JOIN jakon_projects p ON p.id = jw.project_id`;
