import crypto from 'node:crypto';
import type pg from 'pg';
import { SYNC_ENTITIES, SYNC_ENTITY_NAMES, type SyncEntity, type WireRow } from '../../shared/sync/entities';
import { digestLine, EMPTY_DIGEST, xorAll } from '../../shared/sync/digest';
import { readScopes, type Desk } from './desks';

/** Rows fetched from the cursor at a time: the server's memory holds one batch, however large the branch. */
const BATCH = 5000;

/** Entities that hold a person in a branch besides a PU membership. */
const SEGMENT_PEOPLE = SYNC_ENTITY_NAMES.filter((e) => SYNC_ENTITIES[e].person)
  .map((e) => `'${e}'`)
  .join(', ');

/**
 * The live rows of one entity a desk of these scopes holds, as one set-based query: people by a semi-join with
 * the rows that hold them, a row that dies with its parent by a join with its live parent. PostgreSQL reads each
 * side once (hash joins) instead of looking up each row's parent or person on its own.
 */
function entityQuery(entity: SyncEntity, scoped: boolean): string {
  const inScope = (alias: string) => (scoped ? ` AND ${alias}.scope = ANY($1::text[])` : '');
  if (entity === 'worker') {
    return `SELECT r.key, r.data FROM rows r WHERE r.entity = 'worker' AND NOT r.deleted
      AND r.key IN (SELECT m.data->>'nik' FROM rows m WHERE m.entity IN ('membership', ${SEGMENT_PEOPLE}) AND NOT m.deleted${inScope('m')})`;
  }
  const parent = SYNC_ENTITIES[entity].parent;
  // A row dies with its parent on a desk (a cascade): here it counts while the parent lives.
  const join = parent ? ` JOIN rows p ON p.entity = '${parent.entity}' AND p.key = r.data->>'${parent.field}' AND NOT p.deleted` : '';
  return `SELECT r.key, r.data FROM rows r${join} WHERE r.entity = '${entity}' AND NOT r.deleted${inScope('r')}`;
}

/**
 * The digest of what a desk of this scope should hold, computed the way the desk computes its own: the XOR of
 * the SHA-256 of every live row of its scopes; people only where a live membership (PU, BPU, a programme's, a
 * project's) in scope names them. Each entity is one query read through a cursor in one read-only snapshot, so
 * the rows are consistent with each other and memory stays flat.
 */
export async function scopeDigest(pool: pg.Pool, desk: Pick<Desk, 'branch'>): Promise<string> {
  const scopes = readScopes(desk as Desk);
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    let digest = EMPTY_DIGEST;
    for (const entity of SYNC_ENTITY_NAMES) {
      const fields = SYNC_ENTITIES[entity].fields;
      await client.query(`DECLARE digest_rows NO SCROLL CURSOR FOR ${entityQuery(entity, !!scopes)}`, scopes ? [scopes] : []);
      for (;;) {
        const batch = await client.query<{ key: string; data: WireRow }>(`FETCH ${BATCH} FROM digest_rows`);
        digest = xorAll(
          batch.rows.map((r) => crypto.createHash('sha256').update(digestLine(entity, r.key, r.data, fields)).digest('hex')),
          digest,
        );
        if (batch.rows.length < BATCH) break;
      }
      await client.query('CLOSE digest_rows');
    }
    await client.query('COMMIT');
    return digest;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
