import type { CheckedFundedRow } from './parse-types';
import { cellText } from '../../shared/import/values';
import { checkPersonRow } from './check-person-row';
import type { RowContext } from './row-context';

/**
 * One row of a funder's list of vulnerable workers (issue 10 §2): the person, then the list's own columns.
 * Whether another funder already pays for the person is the host's check.
 */
export function checkFundedRow(ctx: RowContext, env: { today: Date; seen: Map<string, number> }): CheckedFundedRow | null {
  const person = checkPersonRow(ctx, env);
  if (!person) return null;
  return {
    row: ctx.row,
    ...person,
    occupation: cellText(ctx.get('occupation')).slice(0, 100),
    village: cellText(ctx.get('village')).slice(0, 100),
    phone: cellText(ctx.get('phone')).slice(0, 20) || null,
  };
}
