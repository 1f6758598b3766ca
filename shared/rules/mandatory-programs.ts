import type { BusinessScale, ProgramCode } from '../domain/reference';
import { jpExistsIn } from './jp-wage-cap';

// Perpres 109/2013 Ps.6
const BY_SCALE: Record<BusinessScale, readonly ProgramCode[]> = {
  besar: ['JKK', 'JKM', 'JHT', 'JP'],
  menengah: ['JKK', 'JKM', 'JHT', 'JP'],
  kecil: ['JKK', 'JKM', 'JHT'],
  mikro: ['JKK', 'JKM'],
};

/** Casual construction workers (Jakon): JKK and JKM only (Perpres 109/2013 Ps.6). */
export const JAKON_MANDATORY_PROGRAMS: readonly ProgramCode[] = ['JKK', 'JKM'];

/** Micro and small businesses set wages by agreement: the minimum wage does not bind them (PP 36/2021 Ps.36 jo. PP 51/2023). */
export function exemptFromMinimumWage(scale: BusinessScale): boolean {
  return scale === 'mikro' || scale === 'kecil';
}

/** Programs an employer of this scale must enrol its wage earners in; for a month before JP began, without JP. */
export function mandatoryPrograms(scale: BusinessScale, period?: string): ProgramCode[] {
  return BY_SCALE[scale].filter((p) => p !== 'JP' || period === undefined || jpExistsIn(period));
}

/** Mandatory programs not in `enrolled` — the substance of a PDS Program finding. */
export function missingMandatoryPrograms(scale: BusinessScale, enrolled: readonly ProgramCode[], period?: string): ProgramCode[] {
  return mandatoryPrograms(scale, period).filter((p) => !enrolled.includes(p));
}
