import type { ImportField } from '../../shared/import/fields';
import type { ColumnMapping, RowIssue } from '../../shared/import/types';
import { cellText, type CellValue } from '../../shared/import/values';
import { formatMessage } from '../../shared/i18n/messages';
import type { Severity } from '../../shared/validate/issue';

/** One data row with its mapped values, collecting issues as the checks run. */
export class RowContext {
  readonly issues: RowIssue[] = [];

  constructor(
    readonly row: number,
    private readonly values: ReadonlyMap<ImportField, CellValue>,
    private readonly columns: ReadonlyMap<ImportField, ColumnMapping>,
  ) {}

  get(field: ImportField): CellValue {
    const v = this.values.get(field) ?? null;
    return typeof v === 'string' && !v.trim() ? null : v;
  }

  add(code: string, severity: Severity, field: ImportField | '', params: Record<string, string | number> = {}): void {
    const col = field ? this.columns.get(field) : undefined;
    // The cell as read (to prefill its correction) and the row's name (so a finding names whose row it is).
    // Never a NIK: findings travel to logs and JSON output, and a NIK is re-typed from the KTP anyway.
    const value = field && field !== 'nik' ? cellText(this.values.get(field) ?? null).slice(0, 200) : '';
    const name = cellText(this.values.get('name') ?? null).slice(0, 100);
    this.issues.push({
      row: this.row,
      column: col ? col.header || col.letter : '',
      code,
      severity,
      message: formatMessage(code, params, 'id'),
      ...(field ? { field } : {}),
      ...(Object.keys(params).length ? { params } : {}),
      ...(value ? { value } : {}),
      ...(name ? { name } : {}),
    });
  }

  get rejected(): boolean {
    return this.issues.some((i) => i.severity === 'error');
  }
}

export const rupiah = (n: number): string => `Rp ${Math.round(n).toLocaleString('id-ID')}`;
