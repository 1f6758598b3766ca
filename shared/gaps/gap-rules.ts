import type { BusinessScale, JkkRate, ProgramCode, RiskGroup } from '../domain/reference';
import { formatMessage } from '../i18n/messages';
import { localiseGapParams } from './gap-params';
import { exemptFromMinimumWage, mandatoryPrograms, missingMandatoryPrograms } from '../rules/mandatory-programs';
import type {
  AppliedMinimumWage,
  Gap,
  GapSeverity,
  HeadcountSource,
  ReferenceGap,
  NearMiss,
  ProspectSource,
} from './gap-types';
import { missingRates } from '../rules/program-rate';
import { PROGRAM_RATES } from '../reference/defaults';
import { contributionOnBases } from './shortfall';

export const GAP_BASIS = {
  PDS_TK: 'UU 24/2011 Ps.15 ayat (1) (mendaftarkan seluruh pekerja); PP 86/2013 (sanksi administratif)',
  PDS_UPAH:
    'UU 24/2011 Ps.15 ayat (2) (data upah yang benar); PP 36/2021 jo. PP 51/2023 (upah minimum); iuran: PP 44/2015 Ps.16 & 18, PP 46/2015 Ps.16, PP 45/2015 Ps.28–29',
  PDS_PROGRAM: 'Perpres 109/2013 Ps.6 (program wajib menurut skala usaha); PP 45/2015 Ps.15 (usia pensiun)',
  PWBD: 'UU 24/2011 Ps.15 ayat (1) (wajib mendaftarkan diri); PP 86/2013 (sanksi administratif)',
  JAKON_TERLAMBAT: 'Permenakertrans 44/2015 (proyek jasa konstruksi didaftarkan paling lambat 14 hari kerja sejak SPK); UU 24/2011 Ps.15',
  PROGRAM_LEBIH_KUOTA: 'Inpres 2/2021 (iuran pekerja rentan dianggarkan dalam APBD); kuota = anggaran ÷ iuran per orang ÷ bulan',
} as const;

/** What the scan knows about one employer for the period judged. */
export interface EmployerFacts {
  npp: string;
  name: string;
  regencyCode: string;
  branchCode: string;
  scale: BusinessScale;
  riskGroup: RiskGroup;
  programs: ProgramCode[];
  /** Qualifies for the temporary JKK relief (PP 7/2025 jo. PP 36/2025); applied only in the months it covers. */
  jkkRelief: boolean;
  /**
   * The headcount the employer stated itself, as it stood at the end of the judged month, with the date it was
   * recorded; null when no figure was on record then (never today's figure back-dated).
   */
  ownHeadcount: { headcount: number; date: string } | null;
  latestHeadcount: { headcount: number; source: HeadcountSource; reportedOn: string } | null;
  /** Memberships active in the period, all segments (BPU and Jakon included). */
  activeWorkers: number;
  /** Active wage-earner (PU) memberships: the only ones that fill an employer's headcount. */
  activePu: number;
  /** Sum of PU wages, and of PU wages each limited by the period's JP cap. */
  wageSum: number;
  jpBaseAll: number;
  /** PU workers at or above pension age: count, their capped wages, their wage gap to the minimum. */
  pension: { count: number; jpBase: number; belowFloorGap: number };
  /** PU workers under the minimum wage: count, sum of (minimum − wage), membership ids. */
  belowFloor: { count: number; wageGap: number; membershipIds: number[] };
  /** Workers registered below their payroll wage, counted beyond the minimum-wage gap. */
  payroll: { period: string; count: number; wageGap: number; jpGap: number; membershipIds: number[] } | null;
  floor: AppliedMinimumWage | null;
  /** The minimum wage the reference data lacks for this workplace and year, when it lacks one. */
  floorMissing: { kind: 'UMK' | 'UMP'; year: number } | null;
}

export interface RuleContext {
  period: string;
  /** "YYYY-MM-DD" the evidence is dated (end of the period or today, whichever is first). */
  asOf: string;
  /** 0 when the month has no JP (before July 2015) or the reference data has no cap for it. */
  jpWageCap: number;
  /** JP existed in the month but the reference data holds no cap for it: JP estimates are unknown. */
  jpCapMissing: boolean;
  pensionAge: number;
  jkkRates: readonly JkkRate[];
}

// One formatter for the whole scan: building an Intl.NumberFormat per gap costs more than the gap itself.
const RUPIAH = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
const num = (n: number): string => RUPIAH.format(Math.round(n));

function bySize(count: number, share: number): GapSeverity {
  if (count >= 10 || share >= 0.5) return 'tinggi';
  if (count >= 3 || share >= 0.2) return 'sedang';
  return 'rendah';
}

/** The explanation with the reference-data gaps it rests on spelled out ("UMK 2027 belum ada di data acuan"). */
export function explainWithNotes(code: string, params: Gap['explanationParams'], notes: readonly ReferenceGap[], locale: 'id' | 'en'): string {
  return [formatMessage(code, localiseGapParams(params, locale), locale), ...notes.map((n) => formatMessage(n.code, n.params, locale))].join(' ');
}

/** Reference-data gaps an estimate for these programs would rest on; any of them leaves the estimate unknown. */
function estimateGaps(f: Pick<EmployerFacts, 'floorMissing' | 'riskGroup'>, ctx: RuleContext, programs: readonly ProgramCode[], needsFloor: boolean): ReferenceGap[] {
  const notes: ReferenceGap[] = [];
  if (needsFloor && f.floorMissing) notes.push(minimumWageGap(f.floorMissing));
  if (ctx.jpCapMissing && programs.includes('JP')) notes.push({ code: 'REF_JP_CAP_MISSING', params: { period: ctx.period } });
  notes.push(...missingRates(programs, f.riskGroup, { jkkRates: ctx.jkkRates, rates: PROGRAM_RATES }));
  return notes;
}

function uncheckedMinimumGap(m: { kind: 'UMK' | 'UMP'; year: number }): ReferenceGap {
  return { code: 'REF_MINIMUM_WAGE_UNCHECKED', params: { kind: m.kind, year: m.year } };
}

export function minimumWageGap(m: { kind: 'UMK' | 'UMP'; year: number }): ReferenceGap {
  return { code: 'REF_MINIMUM_WAGE_MISSING', params: { kind: m.kind, year: m.year } };
}

function gap(
  f: Pick<EmployerFacts, 'npp' | 'name' | 'regencyCode' | 'branchCode' | 'scale'>,
  code: Gap['code'],
  rest: Pick<Gap, 'severity' | 'evidence' | 'explanationCode' | 'explanationParams' | 'estimatedMonthlyShortfall'>,
): Gap {
  const notes = rest.evidence.referenceGaps ?? [];
  return {
    key: `${code}:${f.npp}`,
    code,
    npp: f.npp,
    name: f.name,
    regencyCode: f.regencyCode,
    branchCode: f.branchCode,
    scale: f.scale,
    ...rest,
    explanation: explainWithNotes(rest.explanationCode, rest.explanationParams, notes, 'id'),
    basis: GAP_BASIS[code],
    followUp: null,
  };
}

/**
 * PDS Tenaga Kerja: the headcount known at the end of the month exceeds the wage earners (PU) registered and
 * active in it. BPU and Jakon memberships do not fill an employer's headcount.
 */
export function pdsTkGap(f: EmployerFacts, ctx: RuleContext): Gap | null {
  const figure = f.latestHeadcount ?? f.ownHeadcount;
  if (!figure) return null;
  const known = figure.headcount;
  const missing = known - f.activePu;
  if (missing <= 0) return null;
  const source: HeadcountSource = f.latestHeadcount?.source ?? 'LAPORAN_PERUSAHAAN';
  const date = f.latestHeadcount?.reportedOn ?? f.ownHeadcount?.date ?? ctx.asOf;
  const floor = f.floor?.amount ?? null;
  const programs = mandatoryPrograms(f.scale, ctx.period);
  const referenceGaps = estimateGaps(f, ctx, programs, true);
  // Each missing worker is assumed to earn the minimum wage: the least the employer owes for them.
  const estimate =
    floor === null || referenceGaps.length
      ? null
      : contributionOnBases(programs, f.riskGroup, { wage: missing * floor, jp: missing * Math.min(floor, ctx.jpWageCap) }, ctx).total;
  return gap(f, 'PDS_TK', {
    severity: bySize(missing, missing / Math.max(known, 1)),
    evidence: {
      source,
      date,
      period: ctx.period,
      knownHeadcount: known,
      headcountSource: source,
      headcountDate: date,
      activeWorkers: f.activePu,
      missing,
      assumedWage: floor,
      referenceGaps,
    },
    explanationCode: 'GAP_PDS_TK',
    explanationParams: { known, source, date, active: f.activePu, missing },
    estimatedMonthlyShortfall: estimate,
  });
}

/**
 * PDS Upah: wages registered below the UMK/UMP of the period, or below the employer's own payroll. Micro and
 * small employers are exempt from the minimum wage (PP 36/2021 Ps.36 jo. PP 51/2023): for them only the payroll
 * counts; a wage under the minimum is information (minimumWageNote), not a finding.
 */
export function pdsUpahGap(f: EmployerFacts, ctx: RuleContext): Gap | null {
  const pay = f.payroll;
  const exempt = exemptFromMinimumWage(f.scale);
  const below = exempt ? { count: 0, wageGap: 0, membershipIds: [] } : f.belowFloor;
  const belowPensionGap = exempt ? 0 : f.pension.belowFloorGap;
  const affected = new Set([...below.membershipIds, ...(pay?.membershipIds ?? [])]).size;
  if (affected === 0) return null;
  const wageShortfall = below.wageGap + (pay?.wageGap ?? 0);
  const enrolled = f.programs.filter((p) => p !== 'JKP' && (p !== 'JP' || ctx.jpWageCap > 0 || ctx.jpCapMissing));
  // JP only for workers under pension age, and the minimum wage is always under the JP cap.
  const jpBase = below.wageGap - belowPensionGap + (pay?.jpGap ?? 0);
  const referenceGaps = estimateGaps(f, ctx, enrolled, false);
  if (f.floorMissing && !exempt) referenceGaps.unshift(uncheckedMinimumGap(f.floorMissing));
  const estimate = ctx.jpCapMissing && enrolled.includes('JP') ? null : contributionOnBases(enrolled, f.riskGroup, { wage: wageShortfall, jp: jpBase }, ctx).total;
  let severity = bySize(affected, affected / Math.max(f.activePu, 1));
  // An unconfirmed minimum wage makes the finding a warning only (DOMAIN.md: unconfirmed figures).
  if (f.floor && !f.floor.confirmed && !pay?.count) severity = 'rendah';
  const minimum = f.floor && !exempt ? `${f.floor.kind} ${f.floor.year} (Rp ${num(f.floor.amount)})` : '-';
  return gap(f, 'PDS_UPAH', {
    severity,
    evidence: {
      source: pay?.count ? 'SIGAP+PAYROLL' : 'SIGAP',
      date: ctx.asOf,
      period: ctx.period,
      minimumWage: exempt ? null : f.floor,
      activeWorkers: f.activePu,
      belowMinimum: below.count,
      belowPayroll: pay?.count ?? 0,
      payrollPeriod: pay?.period ?? null,
      wageShortfall,
      workers: [],
      referenceGaps,
    },
    explanationCode: 'GAP_PDS_UPAH',
    explanationParams: {
      affected,
      active: f.activePu,
      belowMinimum: below.count,
      minimum,
      belowPayroll: pay?.count ?? 0,
      wageShortfall,
    },
    estimatedMonthlyShortfall: estimate,
  });
}

/** PDS Program: a program the scale makes mandatory is missing (Perpres 109/2013 Ps.6). */
export function pdsProgramGap(f: EmployerFacts, ctx: RuleContext): Gap | null {
  const jpEligible = f.activePu - f.pension.count;
  // JP is not expected from workers at or above pension age (PP 45/2015 Ps.15): with none below it, JP is not missing.
  const missing = missingMandatoryPrograms(f.scale, f.programs, ctx.period).filter((p) => p !== 'JP' || jpEligible > 0 || f.activePu === 0);
  if (missing.length === 0) return null;
  const jpBase = f.jpBaseAll - f.pension.jpBase;
  const referenceGaps = estimateGaps(f, ctx, missing, false);
  const estimate = referenceGaps.length ? null : contributionOnBases(missing, f.riskGroup, { wage: f.wageSum, jp: jpBase }, ctx).total;
  return gap(f, 'PDS_PROGRAM', {
    severity: missing.includes('JKK') || missing.includes('JKM') ? 'tinggi' : 'sedang',
    evidence: {
      source: 'SIGAP',
      date: ctx.asOf,
      period: ctx.period,
      scale: f.scale,
      enrolled: f.programs,
      missing,
      activeWorkers: f.activePu,
      atPensionAge: f.pension.count,
      pensionAge: ctx.pensionAge,
      wageBase: f.wageSum,
      jpBase,
      jpWageCap: ctx.jpWageCap,
      referenceGaps,
    },
    explanationCode: 'GAP_PDS_PROGRAM',
    explanationParams: {
      scale: f.scale,
      required: mandatoryPrograms(f.scale, ctx.period).join(', '),
      missing: missing.join(', '),
      atPensionAge: f.pension.count,
      pensionAge: ctx.pensionAge,
    },
    estimatedMonthlyShortfall: estimate,
  });
}

export interface ProspectFacts {
  id: number;
  name: string;
  nib: string | null;
  npwp: string | null;
  regencyCode: string;
  regencyName: string;
  branchCode: string | null;
  workers: number | null;
  source: ProspectSource;
  importedAt: string;
  nearMiss: NearMiss | null;
  floor: number | null;
  floorMissing: { kind: 'UMK' | 'UMP'; year: number } | null;
}

/** PWBD: a company on an outside list that matches no registered employer. */
export function pwbdGap(p: ProspectFacts, ctx: RuleContext): Gap {
  const workers = p.workers ?? 0;
  // The least any employer owes: JKK at the lowest risk group and JKM, at the minimum wage (Perpres 109/2013 Ps.6).
  const referenceGaps = [
    ...(p.floorMissing ? [minimumWageGap(p.floorMissing)] : []),
    ...missingRates(['JKK', 'JKM'], 1, { jkkRates: ctx.jkkRates, rates: PROGRAM_RATES }),
  ];
  const estimate =
    p.floor === null ? null : contributionOnBases(['JKK', 'JKM'], 1, { wage: workers * p.floor, jp: 0 }, ctx).total;
  const nearMiss = p.nearMiss
    ? `${p.nearMiss.name} (NPP ${p.nearMiss.npp}, ${Math.round(p.nearMiss.similarity * 100)}%)`
    : formatMessage('GAP_NEAR_MISS_NONE', {}, 'id');
  const params = { name: p.name, source: p.source, workers: p.workers ?? '?', regency: p.regencyName, nearMiss };
  return {
    key: `PWBD:P${p.id}`,
    code: 'PWBD',
    npp: null,
    name: p.name,
    regencyCode: p.regencyCode,
    branchCode: p.branchCode,
    scale: null,
    severity: workers >= 10 ? 'tinggi' : workers >= 1 ? 'sedang' : 'rendah',
    evidence: {
      source: p.source,
      date: p.importedAt.slice(0, 10),
      prospectId: p.id,
      listSource: p.source,
      importedAt: p.importedAt,
      nib: p.nib,
      npwp: p.npwp,
      regencyCode: p.regencyCode,
      workers: p.workers,
      nearMiss: p.nearMiss,
      assumedWage: p.floor,
      referenceGaps,
    },
    explanation: explainWithNotes('GAP_PWBD', params, referenceGaps, 'id'),
    explanationCode: 'GAP_PWBD',
    explanationParams: params,
    basis: GAP_BASIS.PWBD,
    estimatedMonthlyShortfall: estimate,
    followUp: null,
  };
}

/**
 * Information, not a finding: wage earners of a micro or small employer registered under the minimum wage,
 * which does not bind it (PP 36/2021 Ps.36 jo. PP 51/2023). Shown on the employer's page.
 */
export function minimumWageNote(f: EmployerFacts): ReferenceGap | null {
  if (f.floorMissing && f.activePu > 0 && !exemptFromMinimumWage(f.scale)) return uncheckedMinimumGap(f.floorMissing);
  if (!exemptFromMinimumWage(f.scale) || f.belowFloor.count === 0 || !f.floor) return null;
  return {
    code: 'INFO_BELOW_MINIMUM_EXEMPT',
    params: { count: f.belowFloor.count, scale: f.scale, minimum: `${f.floor.kind} ${f.floor.year} (Rp ${num(f.floor.amount)})` },
  };
}

/** Information: no headcount was on record at the end of the month, so PDS TK cannot be judged for it. */
export function headcountNote(f: EmployerFacts, ctx: RuleContext): ReferenceGap | null {
  if (f.latestHeadcount || f.ownHeadcount) return null;
  return { code: 'INFO_HEADCOUNT_UNKNOWN', params: { period: ctx.period } };
}
