import { PROGRAM_CODES, type ProgramCode } from '../../../shared/domain/reference';

/** Programs in their usual order (JKK, JKM, JHT, JP, JKP), whatever order the store returned them in. */
export function programList(programs: readonly ProgramCode[]): string {
  return PROGRAM_CODES.filter((p) => programs.includes(p)).join(', ');
}
