import type { TFunction } from 'i18next';
import type { ImportKind } from '../../../../shared/import/fields';

/** The localised name of an import field; "name" means the company's name in an employer list. */
export function fieldLabel(t: TFunction, kind: ImportKind, field: string): string {
  const key = kind === 'employers' && field === 'name' ? 'companyName' : field;
  const full = `imports.fields.${key}`;
  return t(full, { defaultValue: field });
}
