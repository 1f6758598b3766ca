import type { AuditEntry } from '../../shared/domain/staff';
import { deviceLocalDate, deviceLocalTime } from '../../shared/format/iso-date';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS } from '../../shared/i18n/audit-labels';
import { buildWorkbook, type ExportColumn } from '../exporter/export-workbook';

// The sheet speaks the branch's language; the code stays in its own column so a filter in Excel still works.
const ACTION_LABELS = AUDIT_ACTION_LABELS.id;
const ENTITY_LABELS = AUDIT_ENTITY_LABELS.id;

// Excel refuses longer cell texts.
const MAX_CELL = 32_000;
const clip = (text: string): string => (text.length > MAX_CELL ? `${text.slice(0, MAX_CELL)}…` : text);

const asRecord = (value: unknown): Record<string, unknown> | null =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

const show = (value: unknown): string => (value === null || value === undefined ? '–' : typeof value === 'string' ? value : JSON.stringify(value));

/** "name: A → B; address: X → Y" — only the fields that changed; a create or delete lists what was there. */
export function describeChange(before: unknown, after: unknown): string {
  const b = asRecord(before);
  const a = asRecord(after);
  if (!b && !a) return '';
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  const parts: string[] = [];
  for (const key of keys) {
    const from = b?.[key];
    const to = a?.[key];
    if (b && a) {
      if (JSON.stringify(from) !== JSON.stringify(to)) parts.push(`${key}: ${show(from)} → ${show(to)}`);
    } else if (a) {
      if (to !== null && to !== undefined) parts.push(`${key}: ${show(to)}`);
    } else if (from !== null && from !== undefined) {
      parts.push(`${key}: ${show(from)}`);
    }
  }
  return clip(parts.join('; '));
}

/** The entry's row name, when it has one (employer or worker name, staff display name). */
function nameOf(e: AuditEntry): string | null {
  for (const side of [e.after, e.before]) {
    const r = asRecord(side);
    const name = r?.name ?? r?.display_name;
    if (typeof name === 'string') return name;
  }
  return null;
}

/** Date and time on the desk's clock (the host runs on the desk PC): Kalimantan is WIB or WITA, not UTC. */
function localParts(iso: string): { date: string; time: string } {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return { date: '', time: iso };
  return {
    date: deviceLocalDate(d),
    time: deviceLocalTime(d),
  };
}

// Actor and entity id can be whatever someone typed at sign-in: text columns, so they are neutralised.
const COLUMNS: ExportColumn<AuditEntry>[] = [
  { header: 'No.', type: 'integer', width: 8, value: (e) => e.id },
  { header: 'Tanggal', type: 'date', width: 12, value: (e) => localParts(e.at).date },
  { header: 'Jam', type: 'text', width: 9, value: (e) => localParts(e.at).time },
  { header: 'Pengguna', type: 'text', width: 16, value: (e) => e.actor },
  { header: 'Tindakan', type: 'text', width: 18, value: (e) => ACTION_LABELS[e.action] ?? e.action },
  { header: 'Kode Tindakan', type: 'text', width: 14, value: (e) => e.action },
  { header: 'Entitas', type: 'text', width: 16, value: (e) => ENTITY_LABELS[e.entity] ?? e.entity },
  { header: 'ID Entitas', type: 'text', width: 20, value: (e) => e.entityId },
  { header: 'Nama', type: 'text', width: 30, value: (e) => nameOf(e) },
  { header: 'Perubahan', type: 'text', width: 60, value: (e) => describeChange(e.before, e.after) },
  { header: 'Rincian', type: 'text', width: 40, value: (e) => (e.detail ? clip(e.detail) : null) },
];

export function buildAuditWorkbook(entries: readonly AuditEntry[]): Buffer {
  return buildWorkbook('Jejak Audit', COLUMNS, entries);
}
