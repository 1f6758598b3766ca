import { BUSINESS_SCALES } from '../../shared/domain/reference';
import type { CoverageRow } from '../../shared/gaps/gap-api-types';
import { FOLLOWUP_STATUSES, GAP_CODES, type Gap } from '../../shared/gaps/gap-types';
import { periodBounds } from '../../shared/gaps/period';
import { emptyTallies, monthsUpTo } from '../../shared/summary/summary-helpers';
import {
  SEGMENTS,
  TOP_EMPLOYERS,
  type BranchSummary,
  type ImportLine,
  type RegencyGaps,
  type Segment,
  type SummaryFollowUpStatus,
  type SummaryScope,
  type TopEmployer,
} from '../../shared/summary/summary-types';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { coverageFor } from '../gaps/coverage';
import { gapsFor } from '../gaps/gap-scan';
import { gapSeenByBranch } from '../../shared/gaps/gap-branch';
import { SUMMARY_SQL } from './summary-sql';

/** The gap list's own filter (gaps-list): a branch by the gap's branch (and its province's Pemprov findings), a province by its regency. */
const gapInScope = (scope: SummaryScope) => (g: Gap) =>
  scope.kind === 'branch' ? gapSeenByBranch(g, scope) : g.regencyCode.slice(0, 2) === scope.code;

function emptyCoverageRow(code: string, name: string): CoverageRow {
  return { areaCode: code, name, participants: 0, workforce: null, workforceYear: null, source: null, confirmed: false, percent: null };
}

/** Employers (by NPP; a PWBD company by its gap key) ranked by their summed monthly shortfall. */
function topEmployers(gaps: Gap[], regencyName: (code: string) => string): TopEmployer[] {
  const byEmployer = new Map<string, { top: TopEmployer; notedOn: string }>();
  for (const g of gaps) {
    const key = g.npp ?? g.key;
    let entry = byEmployer.get(key);
    if (!entry) {
      entry = {
        top: { npp: g.npp, name: g.name, regencyCode: g.regencyCode, regencyName: regencyName(g.regencyCode), kinds: [], shortfall: 0, followUp: 'belum' },
        notedOn: '',
      };
      byEmployer.set(key, entry);
    }
    entry.top.kinds.push(g.code);
    entry.top.shortfall += g.estimatedMonthlyShortfall ?? 0;
    if (g.followUp && g.followUp.notedOn >= entry.notedOn) {
      entry.notedOn = g.followUp.notedOn;
      entry.top.followUp = g.followUp.status;
    }
  }
  return [...byEmployer.values()]
    .map((e) => ({ ...e.top, kinds: GAP_CODES.filter((c) => e.top.kinds.includes(c)) }))
    .sort((a, b) => b.shortfall - a.shortfall || a.name.localeCompare(b.name) || (a.npp ?? '').localeCompare(b.npp ?? ''))
    .slice(0, TOP_EMPLOYERS);
}

/**
 * The branch (or province) summary for one contribution month. Gap figures are the gap engine's own results
 * (gapsFor, the scan gaps-list pages through) filtered as gaps-list filters them; coverage rows are
 * coverage-get's rows. Only the counts the engine does not produce (segments, scales, registrations, imports)
 * are queried here, each as one set-based statement.
 */
export function branchSummary(db: Db, scope: SummaryScope, period: string, now: Date): BranchSummary {
  const bounds = periodBounds(period);
  const args = { kind: scope.kind, code: scope.code, start: bounds.start, end: bounds.end, period };

  const coverage = coverageFor(db, period);
  const areaRows = scope.kind === 'branch' ? coverage.branches : coverage.provinces;
  const area = areaRows.find((r) => r.areaCode === scope.code) ?? emptyCoverageRow(scope.code, scope.name);
  const regencyCodes = (stmt(db, SUMMARY_SQL.regencies).all(args) as { code: string }[]).map((r) => r.code);
  const regencyRows = regencyCodes.map(
    (code) => coverage.regencies.find((r) => r.areaCode === code) ?? emptyCoverageRow(code, code),
  );
  // A Pemprov programme's finding sits on the province's code: named after the province, not left as "64".
  const regencyName = (code: string) =>
    coverage.regencies.find((r) => r.areaCode === code)?.name ?? (code === scope.provinceCode ? scope.provinceName : code);

  const segmentCounts = new Map(
    (stmt(db, SUMMARY_SQL.participantsBySegment).all(args) as { segment: Segment; n: number }[]).map((r) => [r.segment, r.n]),
  );

  const gaps = gapsFor(db, period, now).gaps.filter(gapInScope(scope));
  const byKind = emptyTallies();
  const regencyGaps = new Map<string, RegencyGaps>();
  const followUps = new Map<SummaryFollowUpStatus, number>();
  const employersWithGaps = new Set<string>();
  for (const g of gaps) {
    byKind[g.code].count++;
    byKind[g.code].shortfall += g.estimatedMonthlyShortfall ?? 0;
    let rg = regencyGaps.get(g.regencyCode);
    if (!rg) {
      rg = { regencyCode: g.regencyCode, name: regencyName(g.regencyCode), byKind: emptyTallies(), total: { count: 0, shortfall: 0 } };
      regencyGaps.set(g.regencyCode, rg);
    }
    rg.byKind[g.code].count++;
    rg.byKind[g.code].shortfall += g.estimatedMonthlyShortfall ?? 0;
    rg.total.count++;
    rg.total.shortfall += g.estimatedMonthlyShortfall ?? 0;
    const status = g.followUp?.status ?? 'belum';
    followUps.set(status, (followUps.get(status) ?? 0) + 1);
    if (g.npp) employersWithGaps.add(g.npp);
  }
  const total = GAP_CODES.reduce((t, c) => ({ count: t.count + byKind[c].count, shortfall: t.shortfall + byKind[c].shortfall }), {
    count: 0,
    shortfall: 0,
  });

  const withGapsByScale = new Map<string, number>();
  if (employersWithGaps.size) {
    const rows = stmt(db, 'SELECT scale, count(*) AS n FROM employers WHERE npp IN (SELECT value FROM json_each(?)) GROUP BY scale').all(
      JSON.stringify([...employersWithGaps]),
    ) as { scale: string; n: number }[];
    for (const r of rows) withGapsByScale.set(r.scale, r.n);
  }
  const scaleRows = new Map(
    (stmt(db, SUMMARY_SQL.employersByScale).all(args) as { scale: string; employers: number; participants: number }[]).map((r) => [r.scale, r]),
  );
  const byScale = BUSINESS_SCALES.map((scale) => ({
    scale,
    employers: scaleRows.get(scale)?.employers ?? 0,
    participants: scaleRows.get(scale)?.participants ?? 0,
    withGaps: withGapsByScale.get(scale) ?? 0,
  }));

  const months = monthsUpTo(period, 12);
  const registrations = stmt(db, SUMMARY_SQL.registrationsByMonth).all({ ...args, from: `${months[0]}-01` }) as {
    period: string;
    segment: Segment;
    n: number;
  }[];
  const inPeriod = registrations.filter((r) => r.period === period);

  const importLines = (stmt(db, SUMMARY_SQL.importsInPeriod).all(args) as (Omit<ImportLine, 'undone'> & { undone: number })[]).map((r) => ({
    ...r,
    undone: r.undone === 1,
  }));
  const kept = importLines.filter((i) => !i.undone);

  const gapRegencies = [...new Set([...regencyCodes, ...regencyGaps.keys()])].sort();
  return {
    scope,
    period,
    generatedAt: now.toISOString(),
    participants: {
      total: area.participants,
      bySegment: SEGMENTS.map((segment) => ({ segment, count: segmentCounts.get(segment) ?? 0 })),
    },
    coverage: { area, regencies: regencyRows },
    employers: { total: byScale.reduce((s, r) => s + r.employers, 0), byScale },
    gaps: {
      byKind,
      total,
      byRegency: gapRegencies.map(
        (code) =>
          regencyGaps.get(code) ?? { regencyCode: code, name: regencyName(code), byKind: emptyTallies(), total: { count: 0, shortfall: 0 } },
      ),
    },
    topEmployers: topEmployers(gaps, regencyName),
    registrations: {
      inPeriod: inPeriod.reduce((s, r) => s + r.n, 0),
      bySegment: SEGMENTS.map((segment) => ({ segment, count: inPeriod.filter((r) => r.segment === segment).reduce((s, r) => s + r.n, 0) })),
      byMonth: months.map((p) => ({ period: p, count: registrations.filter((r) => r.period === p).reduce((s, r) => s + r.n, 0) })),
    },
    imports: {
      count: kept.length,
      undone: importLines.length - kept.length,
      rowsAccepted: kept.reduce((s, i) => s + i.accepted, 0),
      lines: importLines,
    },
    followUps: (['belum', ...FOLLOWUP_STATUSES] as const).map((status) => ({ status, count: followUps.get(status) ?? 0 })),
  };
}
