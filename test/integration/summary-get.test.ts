import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { Coverage, GapPage } from '../../shared/gaps/gap-api-types';
import type { Gap } from '../../shared/gaps/gap-types';
import type { FileDownload } from '../../shared/import/types';
import type { BranchSummary } from '../../shared/summary/summary-types';
import { generateDemo } from '../../seeds/demo/generate-demo';
import { tempBackend } from '../support/temp-db';

type B = ReturnType<typeof tempBackend>;

async function call<T>(b: B, name: string, arg: unknown): Promise<T> {
  const r = await b.call(name, arg);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

const PERIOD = '2026-03';
const ACTIVE = "m.start_date <= '2026-03-31' AND (m.end_date IS NULL OR m.end_date >= '2026-03-01')";

async function allGaps(b: B, arg: Record<string, unknown>): Promise<GapPage> {
  return call<GapPage>(b, 'gaps-list', { period: PERIOD, limit: 1000, ...arg });
}

describe('summary-get: the page shows the engine’s numbers (demo data)', () => {
  let b: B;
  let bpn: BranchSummary;
  beforeAll(async () => {
    b = tempBackend();
    generateDemo(b.db, { employers: 160, workers: 4000, seed: 7 });
    // An import in the period (one kept, one undone) and one in another month.
    const ins = b.db.prepare(
      `INSERT INTO imports (kind, npp, file_name, content_hash, user_name, created_at, period, sheet, header_row, total_rows, accepted, rejected, skipped, inserted, updated, undone_at)
       VALUES (?, ?, ?, 'h', 'uji', ?, NULL, 'Sheet1', 1, 10, ?, 0, 0, ?, 0, ?)`,
    );
    const npp = (b.db.prepare("SELECT npp FROM employers WHERE branch_code = 'BPN' ORDER BY npp LIMIT 1").get() as { npp: string }).npp;
    ins.run('roster', npp, 'tk-maret.xlsx', '2026-03-05T02:00:00.000Z', 8, 8, null);
    ins.run('roster', npp, 'tk-salah.xlsx', '2026-03-06T02:00:00.000Z', 5, 5, '2026-03-06T03:00:00.000Z');
    ins.run('employers', null, 'perusahaan-feb.xlsx', '2026-02-20T02:00:00.000Z', 3, 3, null);
    bpn = await call<BranchSummary>(b, 'summary-get', { branch: 'Balikpapan', period: PERIOD });
  });
  afterAll(() => b.remove());

  it('gap counts and shortfalls by kind equal gaps-list totals for the branch', async () => {
    const list = await allGaps(b, { branch: 'BPN' });
    expect(bpn.gaps.byKind).toEqual(list.totals);
    expect(bpn.gaps.total.count).toBe(list.total);
    expect(bpn.gaps.total.count).toBeGreaterThan(0);
    // By regency: the same gaps, regrouped.
    const byRegency = new Map<string, { count: number; shortfall: number }>();
    for (const g of list.items) {
      const r = byRegency.get(g.regencyCode) ?? { count: 0, shortfall: 0 };
      r.count++;
      r.shortfall += g.estimatedMonthlyShortfall ?? 0;
      byRegency.set(g.regencyCode, r);
    }
    for (const r of bpn.gaps.byRegency) expect(r.total).toEqual(byRegency.get(r.regencyCode) ?? { count: 0, shortfall: 0 });
    expect(bpn.gaps.byRegency.reduce((s, r) => s + r.total.count, 0)).toBe(list.total);
  });

  it('the top 20 are the employers with the largest summed shortfall in gaps-list', async () => {
    const list = await allGaps(b, { branch: 'BPN' });
    const sums = new Map<string, { shortfall: number; kinds: Set<string> }>();
    for (const g of list.items as Gap[]) {
      const key = g.npp ?? g.key;
      const e = sums.get(key) ?? { shortfall: 0, kinds: new Set<string>() };
      e.shortfall += g.estimatedMonthlyShortfall ?? 0;
      e.kinds.add(g.code);
      sums.set(key, e);
    }
    const expected = [...sums.values()].map((e) => e.shortfall).sort((x, y) => y - x).slice(0, 20);
    expect(bpn.topEmployers.map((e) => e.shortfall)).toEqual(expected);
    expect(bpn.topEmployers.length).toBeLessThanOrEqual(20);
    for (const e of bpn.topEmployers) expect(new Set(e.kinds)).toEqual(sums.get(e.npp!)!.kinds);
  });

  it('coverage rows are coverage-get’s rows, with the workforce source and year', async () => {
    const cov = await call<Coverage>(b, 'coverage-get', { period: PERIOD });
    expect(bpn.coverage.area).toEqual(cov.branches.find((r) => r.areaCode === 'BPN'));
    expect(bpn.coverage.area.source).toBeTruthy();
    expect(bpn.coverage.area.workforceYear).toBe(2024);
    expect(bpn.coverage.regencies.map((r) => r.areaCode)).toEqual(['64.01', '64.09', '64.71']);
    for (const r of bpn.coverage.regencies) expect(r).toEqual(cov.regencies.find((x) => x.areaCode === r.areaCode));
    expect(bpn.participants.total).toBe(bpn.coverage.area.participants);
  });

  it('participants, employers, registrations and imports equal direct SQL counts', () => {
    const one = (sql: string) => (b.db.prepare(sql).get() as { n: number }).n;
    const inBpn = "e.branch_code = 'BPN'";
    // Every segment (issue 10): PU through employers, self-paid BPU, funded programmes, Jakon projects, by the branch
    // serving the employer, the member's regency or the project site; the demo has all four.
    const everyone = `(
      SELECT m.worker_id, m.segment, e.branch_code AS branch, m.start_date, m.end_date FROM memberships m JOIN employers e ON e.npp = m.npp
      UNION ALL SELECT b.worker_id, 'BPU', br.branch_code, b.start_date, b.end_date FROM bpu_memberships b JOIN branch_regencies br ON br.regency_code = b.regency_code
      UNION ALL SELECT f.worker_id, 'BPU', br.branch_code, p.month_from || '-01', date(p.month_to || '-01', '+1 month', '-1 day')
        FROM funded_members f JOIN funded_programmes p ON p.id = f.programme_id JOIN branch_regencies br ON br.regency_code = f.regency_code
      UNION ALL SELECT j.worker_id, 'JAKON', br.branch_code, j.start_date, coalesce(j.end_date, p.end_date)
        FROM jakon_workers j JOIN jakon_projects p ON p.id = j.project_id JOIN branch_regencies br ON br.regency_code = p.regency_code)`;
    expect(bpn.participants.total).toBe(one(`SELECT count(DISTINCT m.worker_id) AS n FROM ${everyone} m WHERE m.branch = 'BPN' AND ${ACTIVE}`));
    for (const seg of ['BPU', 'JAKON']) {
      expect(bpn.participants.bySegment.find((s) => s.segment === seg)!.count).toBe(
        one(`SELECT count(DISTINCT m.worker_id) AS n FROM ${everyone} m WHERE m.branch = 'BPN' AND m.segment = '${seg}' AND ${ACTIVE}`),
      );
    }
    expect(bpn.participants.bySegment.find((s) => s.segment === 'BPU')!.count).toBeGreaterThan(0);
    expect(bpn.participants.bySegment.find((s) => s.segment === 'PU')!.count).toBe(
      one(`SELECT count(DISTINCT m.worker_id) AS n FROM memberships m JOIN employers e ON e.npp = m.npp WHERE ${inBpn} AND m.segment = 'PU' AND ${ACTIVE}`),
    );
    expect(bpn.employers.total).toBe(one(`SELECT count(*) AS n FROM employers e WHERE ${inBpn}`));
    for (const s of bpn.employers.byScale) expect(s.employers).toBe(one(`SELECT count(*) AS n FROM employers e WHERE ${inBpn} AND e.scale = '${s.scale}'`));
    expect(bpn.registrations.inPeriod).toBe(
      one(`SELECT count(*) AS n FROM ${everyone} m WHERE m.branch = 'BPN' AND m.start_date BETWEEN '2026-03-01' AND '2026-03-31'`),
    );
    const months = bpn.registrations.byMonth;
    expect(months.map((m) => m.period)).toEqual(['2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03']);
    expect(months.find((m) => m.period === '2026-01')!.count).toBe(
      one(`SELECT count(*) AS n FROM ${everyone} m WHERE m.branch = 'BPN' AND m.start_date LIKE '2026-01-%'`),
    );
    expect(bpn.imports).toMatchObject({ count: 1, undone: 1, rowsAccepted: 8 });
    expect(bpn.imports.lines.map((l) => l.fileName)).toEqual(['tk-maret.xlsx', 'tk-salah.xlsx']);
  });

  it('follow-up status counts follow the latest follow-up of each gap', async () => {
    const list = await allGaps(b, { branch: 'BPN' });
    const before = await call<BranchSummary>(b, 'summary-get', { branch: 'BPN', period: PERIOD });
    // Follow up a gap of the first listed top employer, so the top list has to show it.
    const topNpp = before.topEmployers[0]!.npp;
    const first = (list.items as Gap[]).find((g) => g.npp === topNpp)!;
    const second = (list.items as Gap[]).find((g) => g.npp !== topNpp)!;
    await call(b, 'gaps-followup-add', { gapKey: first.key, status: 'dihubungi', notedOn: '2026-03-10', author: 'uji' });
    await call(b, 'gaps-followup-add', { gapKey: second.key, status: 'teguran_1', notedOn: '2026-03-11', author: 'uji' });
    const s = await call<BranchSummary>(b, 'summary-get', { branch: 'BPN', period: PERIOD });
    const count = (status: string) => s.followUps.find((f) => f.status === status)!.count;
    expect(count('dihubungi')).toBe(1);
    expect(count('teguran_1')).toBe(1);
    expect(count('belum')).toBe(list.total - 2);
    expect(s.followUps.reduce((n, f) => n + f.count, 0)).toBe(list.total);
    expect(before.topEmployers[0]!.followUp).toBe('belum');
    expect(s.topEmployers.find((e) => e.npp === topNpp)!.followUp).toBe('dihubungi');
  });

  it('a whole-province summary uses the province coverage row and every gap in the province', async () => {
    const kaltim = await call<BranchSummary>(b, 'summary-get', { province: 'Kalimantan Timur', period: PERIOD });
    const cov = await call<Coverage>(b, 'coverage-get', { period: PERIOD });
    expect(kaltim.scope).toMatchObject({ kind: 'province', code: '64' });
    expect(kaltim.coverage.area).toEqual(cov.provinces.find((r) => r.areaCode === '64'));
    const all = await allGaps(b, {});
    const inProvince = (all.items as Gap[]).filter((g) => g.regencyCode.startsWith('64.'));
    expect(kaltim.gaps.total.count).toBe(inProvince.length);
    expect(kaltim.gaps.total.shortfall).toBe(inProvince.reduce((s, g) => s + (g.estimatedMonthlyShortfall ?? 0), 0));
    const branches = await Promise.all(['BPN', 'SMD', 'BTG', 'BRU'].map((c) => allGaps(b, { branch: c })));
    expect(kaltim.gaps.total.count).toBe(branches.reduce((s, p) => s + p.total, 0));
  });

  it('the summary carries no NIK and no person', () => {
    const text = JSON.stringify(bpn);
    expect(text).not.toMatch(/\d{16}/);
    expect(text).not.toMatch(/"nik"/i);
  });

  it('refuses an unknown branch or province and an argument naming both or neither', async () => {
    expect(await b.call('summary-get', { branch: 'Atlantis' })).toMatchObject({ ok: false, error: { code: 'BRANCH_UNKNOWN' } });
    expect(await b.call('summary-get', { province: '99' })).toMatchObject({ ok: false, error: { code: 'PROVINCE_UNKNOWN' } });
    expect(await b.call('summary-get', { branch: 'BPN', province: '64' })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    expect(await b.call('summary-get', {})).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    expect(await b.call('summary-get', { branch: 'BPN', period: '2026-13' })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
  });

  it('summary-export writes one sheet per table with the same figures', async () => {
    const file = await call<FileDownload>(b, 'summary-export', { branch: 'BPN', period: PERIOD });
    expect(file.fileName).toBe('ringkasan-bpn-2026-03.xlsx');
    const book = XLSX.read(Buffer.from(file.dataBase64, 'base64'), { cellNF: true });
    expect(book.SheetNames).toEqual([
      'Ringkasan',
      'Peserta per segmen',
      'Cakupan per kab-kota',
      'Perusahaan per skala',
      'Temuan per jenis',
      'Temuan per kab-kota',
      '20 kekurangan terbesar',
      'Pendaftaran per bulan',
      'Impor',
      'Tindak lanjut',
    ]);
    const kinds = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['Temuan per jenis']!);
    expect(kinds.at(-1)).toMatchObject({ 'Jenis temuan': 'Jumlah', Jumlah: bpn.gaps.total.count });
    const top = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['20 kekurangan terbesar']!);
    expect(top.length).toBe(bpn.topEmployers.length);
    expect(top[0]!.NPP).toBe(bpn.topEmployers[0]!.npp);
    // NPP is a text cell (leading zeros survive); the coverage percentage is a real percent cell.
    expect(book.Sheets['20 kekurangan terbesar']!.B2!.t).toBe('s');
    const cov = book.Sheets['Cakupan per kab-kota']!;
    expect(cov.E2!.t).toBe('n');
    expect(cov.E2!.z).toBe('0.00%');
  });
});
