import { BUSINESS_SCALES, PROGRAM_CODES, type BusinessScale, type ProgramCode, type RiskGroup } from '../../shared/domain/reference';
import { findRegion, normaliseRegionCode } from '../../shared/reference/regions';
import { cellText, parseWageValue, readIdentifier, type CellValue } from '../../shared/import/values';
import type { EmployerField } from '../../shared/import/fields';
import { normaliseNib, validateNib } from '../../shared/validate/nib';
import { normaliseNpp, validateNpp } from '../../shared/validate/npp';
import { normaliseNpwp, validateNpwp } from '../../shared/validate/npwp';
import type { ValidationIssue } from '../../shared/validate/issue';
import type { CheckedEmployerRow } from './parse-types';
import type { RowContext } from './row-context';

const ROMAN: Record<string, RiskGroup> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5 };

/** An identifier column: text as typed; a numeric cell is trusted only below 15 digits, and flagged. */
function identifier(ctx: RowContext, field: EmployerField, label: string, normalise: (s: string) => string): string | null {
  const read = readIdentifier(ctx.get(field));
  if (!read) return null;
  if (!read.ok) {
    if (read.reason === 'e-notation' || read.text.length >= 15) {
      ctx.add('ID_PRECISION_LOST', 'error', field, { label });
      return null;
    }
    ctx.add('ID_NUMERIC_CELL', 'warning', field, { label });
  }
  return normalise(read.text);
}

function addAll(ctx: RowContext, field: EmployerField, issues: ValidationIssue[]): void {
  for (const i of issues) ctx.add(i.code, i.severity, field, i.params);
}

function parseScale(value: CellValue): BusinessScale | null {
  const text = cellText(value).toLowerCase();
  return BUSINESS_SCALES.find((s) => text.includes(s)) ?? null;
}

function parseRisk(value: CellValue): RiskGroup | null {
  const text = cellText(value).toLowerCase().replace(/^(kelompok|klp|kel)\.?\s*/, '').trim();
  return ROMAN[text] ?? null;
}

/** Checks one employer-list row (issue 3 §7). */
export function checkEmployerRow(ctx: RowContext, seen: Map<string, number>): CheckedEmployerRow | null {
  const npp = identifier(ctx, 'npp', 'NPP', normaliseNpp);
  if (npp === null && !ctx.rejected) ctx.add('NPP_FORMAT', 'error', 'npp', { digits: 0 });
  else if (npp !== null) {
    const issues = validateNpp(npp);
    addAll(ctx, 'npp', issues);
    if (!issues.length) {
      const first = seen.get(npp);
      if (first !== undefined) ctx.add('DUPLICATE_IN_FILE', 'error', 'npp', { firstRow: first });
      else seen.set(npp, ctx.row);
    }
  }
  const name = cellText(ctx.get('name'));
  if (!name) ctx.add('NAME_MISSING', 'error', 'name');

  const npwp = identifier(ctx, 'npwp', 'NPWP', normaliseNpwp);
  if (npwp) addAll(ctx, 'npwp', validateNpwp(npwp));
  const nib = identifier(ctx, 'nib', 'NIB', normaliseNib);
  if (nib) addAll(ctx, 'nib', validateNib(nib));

  const rawRegion = ctx.get('regencyCode');
  const regionText = typeof rawRegion === 'number' ? rawRegion.toFixed(2) : cellText(rawRegion);
  const regencyCode = normaliseRegionCode(regionText);
  const found = regencyCode ? findRegion(regencyCode) : undefined;
  // A pre-2012 Kaltim code of a Kaltara regency (64.73 Tarakan …) is still that place: recorded under today's code.
  const region = found?.legacy && found.successorCode ? findRegion(found.successorCode) : found;
  if (!region || region.legacy) ctx.add('REGION_UNKNOWN', 'error', 'regencyCode', { code: regionText || '-' });
  else if (found && found !== region) {
    ctx.add('REGION_LEGACY_MAPPED', 'warning', 'regencyCode', { code: found.code, current: region.code, name: region.name });
  }

  const scale = parseScale(ctx.get('scale'));
  if (!scale) ctx.add('SCALE_INVALID', 'error', 'scale', { value: cellText(ctx.get('scale')).slice(0, 20) || '-' });
  const riskGroup = parseRisk(ctx.get('riskGroup'));
  if (!riskGroup) ctx.add('RISK_GROUP_INVALID', 'error', 'riskGroup', { value: cellText(ctx.get('riskGroup')).slice(0, 20) || '-' });

  const programs: ProgramCode[] = [];
  for (const word of cellText(ctx.get('programs')).toUpperCase().split(/[\s,;/+&]+/).filter(Boolean)) {
    if ((PROGRAM_CODES as readonly string[]).includes(word)) programs.push(word as ProgramCode);
    else if (word !== 'DAN') ctx.add('PROGRAM_UNKNOWN', 'error', 'programs', { value: word.slice(0, 10) });
  }

  let reportedHeadcount = 0;
  const rawHeadcount = ctx.get('reportedHeadcount');
  if (rawHeadcount !== null) {
    const n = parseWageValue(rawHeadcount);
    if (n === null || !Number.isInteger(n)) ctx.add('HEADCOUNT_INVALID', 'warning', 'reportedHeadcount', { value: cellText(rawHeadcount).slice(0, 20) });
    else reportedHeadcount = n;
  }

  if (ctx.rejected || !npp || !name || !region || !scale || !riskGroup) return null;
  return {
    row: ctx.row,
    npp,
    name,
    npwp,
    nib,
    regencyCode: region.code,
    address: cellText(ctx.get('address')),
    scale,
    riskGroup,
    programs: [...new Set(programs)],
    reportedHeadcount,
  };
}
