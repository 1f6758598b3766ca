import type { BusinessScale, ProgramCode } from '../domain/reference';

// Perpres 109/2013 Ps.6
const BY_SCALE: Record<BusinessScale, readonly ProgramCode[]> = {
  besar: ['JKK', 'JKM', 'JHT', 'JP'],
  menengah: ['JKK', 'JKM', 'JHT', 'JP'],
  kecil: ['JKK', 'JKM', 'JHT'],
  mikro: ['JKK', 'JKM'],
};

/** Casual construction workers (Jakon): JKK and JKM only (Perpres 109/2013 Ps.6). */
export const JAKON_MANDATORY_PROGRAMS: readonly ProgramCode[] = ['JKK', 'JKM'];

/** Programs an employer of this scale must enrol its wage earners in. */
export function mandatoryPrograms(scale: BusinessScale): ProgramCode[] {
  return [...BY_SCALE[scale]];
}

/** Mandatory programs not in `enrolled` — the substance of a PDS Program finding. */
export function missingMandatoryPrograms(scale: BusinessScale, enrolled: readonly ProgramCode[]): ProgramCode[] {
  return BY_SCALE[scale].filter((p) => !enrolled.includes(p));
}
