import { formatDateId, formatNumberId } from '../../../../shared/format/id-format';
import { maskNik } from '../../../../shared/gaps/mask-nik';
import type { Locale } from '../../../../shared/i18n/message-types';
import { i18n } from '../../i18n';

/** The record a conflict is about, as the desk names it: a NIK masked like everywhere else (UU 27/2022). */
export function conflictKey(entity: string, key: string): string {
  if (entity === 'worker') return maskNik(key);
  if (entity === 'membership') return key.replace(/\b\d{16}\b/g, maskNik);
  return key;
}

const DATE_FIELDS = new Set(['birth_date', 'start_date', 'end_date', 'reported_on']);

/** A field's value in words: dates day first, L/P spelt out, a NIK masked, nothing as "–". */
export function conflictValue(field: string, value: unknown, locale: Locale): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'string' && DATE_FIELDS.has(field) && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDateId(value, locale);
  if (field === 'gender' && (value === 'L' || value === 'P')) return i18n.t(`gender.${value}`, { lng: locale });
  if (field === 'nik' && typeof value === 'string') return maskNik(value);
  if (typeof value === 'number') return formatNumberId(value, locale);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The field's label from the audit screen's list (one wording for a column everywhere). */
export function conflictField(field: string, locale: Locale): string {
  const key = `admin.audit.fields.${field}`;
  return i18n.exists(key, { lng: locale }) ? i18n.t(key, { lng: locale }) : field;
}

export function conflictEntity(entity: string, locale: Locale): string {
  const key = `sync.conflicts.entities.${entity}`;
  return i18n.exists(key, { lng: locale }) ? i18n.t(key, { lng: locale }) : entity;
}
