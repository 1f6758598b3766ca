import type { ImportField } from '../../shared/import/fields';
import type { ColumnMapping, RowIssue } from '../../shared/import/types';
import type { CellValue } from '../../shared/import/values';
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
    this.issues.push({
      row: this.row,
      column: col ? col.header || col.letter : '',
      code,
      severity,
      message: formatMessage(code, params, 'id'),
      ...(field ? { field } : {}),
      ...(Object.keys(params).length ? { params } : {}),
    });
  }

  get rejected(): boolean {
    return this.issues.some((i) => i.severity === 'error');
  }
}

export const rupiah = (n: number): string => `Rp ${Math.round(n).toLocaleString('id-ID')}`;
