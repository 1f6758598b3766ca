import Database from 'better-sqlite3';
import { registerAuditFunctions } from '../audit/actor';
import { missingGuardTriggers, verifyAuditChain } from '../audit/verify-chain';
import type { Db } from '../db/connection';
import { migrate } from '../db/migrate';
import { nativeBindingOption } from '../db/native-binding';
import { AppError } from '../errors/app-error';

interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

const SCHEMA_SQL = `SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name`;

let reference: Map<string, SchemaObject> | null = null;

/** What this app's migrations produce on an empty file: tables, indexes, triggers, views, with their SQL. */
export function referenceSchema(): Map<string, SchemaObject> {
  if (!reference) {
    const empty = new Database(':memory:', nativeBindingOption());
    registerAuditFunctions(empty);
    migrate(empty);
    reference = new Map((empty.prepare(SCHEMA_SQL).all() as SchemaObject[]).map((o) => [`${o.type} ${o.name}`, o]));
    empty.close();
  }
  return reference;
}

/** The first difference between `db`'s schema and the reference (an object missing, extra or changed), or null. */
export function schemaDifference(db: Db): string | null {
  const expected = referenceSchema();
  const actual = new Map((db.prepare(SCHEMA_SQL).all() as SchemaObject[]).map((o) => [`${o.type} ${o.name}`, o]));
  for (const [key, o] of expected) {
    const found = actual.get(key);
    if (!found) return `${key} hilang/missing`;
    if (found.sql !== o.sql || found.tbl_name !== o.tbl_name) return `${key} berbeda/differs`;
  }
  for (const key of actual.keys()) if (!expected.has(key)) return `${key} tambahan/extra`;
  return null;
}

/**
 * Everything a restore insists on before a file may become the store: the app's exact schema (so no
 * dropped audit trigger or foreign table slips in), a clean integrity and foreign-key check, and an
 * audit chain that verifies.
 */
export function verifyStore(db: Db): void {
  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') throw new AppError('BACKUP_CORRUPT', { detail: String(integrity).slice(0, 120) });
  const difference = schemaDifference(db);
  if (difference) throw new AppError('RESTORE_SCHEMA_MISMATCH', { detail: difference.slice(0, 120) });
  const missing = missingGuardTriggers(db);
  if (missing.length) throw new AppError('RESTORE_SCHEMA_MISMATCH', { detail: `trigger ${missing.join(', ')} hilang/missing` });
  const broken = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  if (broken.length) {
    throw new AppError('RESTORE_FOREIGN_KEYS', { detail: `${broken.length}× ${broken[0]!.table} → ${broken[0]!.parent}` });
  }
  const chain = verifyAuditChain(db);
  if (!chain.ok) throw new AppError('AUDIT_CHAIN_BROKEN', { firstBad: chain.firstBad ?? '?' });
}
