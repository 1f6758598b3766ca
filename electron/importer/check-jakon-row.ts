import type { CheckedJakonRow } from './parse-types';
import { cellText, parseDateValue, parseWageValue } from '../../shared/import/values';
import { checkPersonRow } from './check-person-row';
import type { RowContext } from './row-context';

/**
 * One row of a contractor's list of a project's workers (issue 10 §3): the person, an optional wage (the
 * contribution from wages needs it) and an optional start date. Whether the start date lies within the project
 * and whether the person is already on it are the host's checks.
 */
export function checkJakonRow(ctx: RowContext, env: { today: Date; seen: Map<string, number> }): CheckedJakonRow | null {
  const person = checkPersonRow(ctx, env);
  const rawWage = ctx.get('wage');
  const wage = rawWage === null ? null : parseWageValue(rawWage);
  if (rawWage !== null && wage === null) ctx.add('WAGE_INVALID', 'error', 'wage', { value: cellText(rawWage).slice(0, 30) });
  const rawStart = ctx.get('startDate');
  const startDate = rawStart === null ? null : parseDateValue(rawStart, env.today);
  if (rawStart !== null && (!startDate || (person && startDate < person.birthDate))) {
    ctx.add('START_DATE_INVALID', 'error', 'startDate', { date: cellText(rawStart).slice(0, 30) });
  }
  if (!person || ctx.rejected) return null;
  return { row: ctx.row, ...person, wage, startDate };
}
