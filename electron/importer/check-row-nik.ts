import { readIdentifier } from '../../shared/import/values';
import { checkNik, type NikInfo } from '../../shared/validate/nik';
import type { RowContext } from './row-context';

/**
 * The NIK cell of a person's row, as every import of people reads it: format, Excel's lost digits, the NIK
 * rules, and the same person twice in one file (`seen`: NIK → first row). Never echoes the NIK (UU 27/2022).
 */
export function checkRowNik(ctx: RowContext, today: Date, seen: Map<string, number>): { nik: string | null; info: NikInfo | null } {
  const id = readIdentifier(ctx.get('nik'));
  if (!id) {
    ctx.add('NIK_FORMAT', 'error', 'nik', { digits: 0 });
    return { nik: null, info: null };
  }
  if (!id.ok) {
    ctx.add('NIK_PRECISION_LOST', 'error', 'nik', { reason: id.reason });
    return { nik: null, info: null };
  }
  // Validated and decoded once: this runs for every row of a 100,000-row roster.
  const checked = checkNik(id.text, { today });
  for (const i of checked.issues) ctx.add(i.code, i.severity, 'nik', i.params);
  if (!checked.info) return { nik: null, info: null };
  const first = seen.get(id.text);
  if (first !== undefined) ctx.add('DUPLICATE_IN_FILE', 'error', 'nik', { firstRow: first });
  else seen.set(id.text, ctx.row);
  return { nik: id.text, info: checked.info };
}
