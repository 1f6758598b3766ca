import crypto from 'node:crypto';
import type pg from 'pg';
import { AppError } from '../errors/app-error';

export interface Desk {
  name: string;
  branch: string;
  lastSeq: number;
  fingerprint: string | null;
}

/** Desk keys are 256 random bits: a plain SHA-256 is enough to store them (no password stretching needed). */
export const hashDeskKey = (key: string): string => crypto.createHash('sha256').update(key).digest('hex');

const DESK_NAME = /^[\w.-]{1,60}$/;

/** Enrols a desk for one branch (`*` = the regional office). The key is returned once; only its hash is kept. */
export async function addDesk(pool: pg.Pool, name: string, branch: string): Promise<{ desk: string; key: string }> {
  if (!DESK_NAME.test(name)) throw new AppError('SYNC_DESK_NAME', { name: name.slice(0, 60) });
  if (!/^(\*|[A-Z0-9]{2,10})$/.test(branch)) throw new AppError('SYNC_BRANCH_UNKNOWN', { branch: branch.slice(0, 20) });
  const key = `sgd_${crypto.randomBytes(32).toString('base64url')}`;
  const result = await pool.query('INSERT INTO desks (name, branch, key_hash) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING', [name, branch, hashDeskKey(key)]);
  if (result.rowCount === 0) throw new AppError('SYNC_DESK_EXISTS', { name });
  return { desk: name, key };
}

export async function revokeDesk(pool: pg.Pool, name: string): Promise<{ desk: string; revoked: boolean }> {
  const result = await pool.query('UPDATE desks SET revoked_at = now() WHERE name = $1 AND revoked_at IS NULL', [name]);
  return { desk: name, revoked: (result.rowCount ?? 0) > 0 };
}

/** The desk a key belongs to; a wrong or revoked key is refused the same way whatever it asks. */
export async function authenticate(pool: pg.Pool, authorization: string | undefined): Promise<Desk> {
  const key = /^Bearer (\S{10,200})$/.exec(authorization ?? '')?.[1];
  if (!key) throw new AppError('SYNC_DESK_KEY_INVALID');
  const row = (
    await pool.query<{ name: string; branch: string; last_seq: string; fingerprint: string | null; revoked_at: Date | null }>(
      'SELECT name, branch, last_seq, fingerprint, revoked_at FROM desks WHERE key_hash = $1',
      [hashDeskKey(key)],
    )
  ).rows[0];
  if (!row) throw new AppError('SYNC_DESK_KEY_INVALID');
  if (row.revoked_at) throw new AppError('SYNC_DESK_REVOKED', { desk: row.name });
  return { name: row.name, branch: row.branch, lastSeq: Number(row.last_seq), fingerprint: row.fingerprint };
}

/** The scopes a desk may read: its branch plus reference data; the regional office reads every scope. */
export const readScopes = (desk: Desk): string[] | null => (desk.branch === '*' ? null : [desk.branch, 'ALL']);
