import crypto from 'node:crypto';
import type pg from 'pg';
import { SYNC_ENTITIES, SYNC_ENTITY_NAMES, type WireRow } from '../../shared/sync/entities';
import { digestLine, EMPTY_DIGEST, xorHex } from '../../shared/sync/digest';
import { readScopes, type Desk } from './desks';

const PAGE = 5000;

/** Entities that hold a person in a branch besides a PU membership. */
const SEGMENT_PEOPLE = SYNC_ENTITY_NAMES.filter((e) => SYNC_ENTITIES[e].person)
  .map((e) => `'${e}'`)
  .join(', ');

/**
 * The digest of what a desk of this scope should hold, computed the way the desk computes its own: the XOR of
 * the SHA-256 of every live row of its scopes; people only where a live membership (PU, BPU, a programme's, a
 * project's) in scope names them. Paged
 * by key, so memory stays flat.
 */
export async function scopeDigest(pool: pg.Pool, desk: Pick<Desk, 'branch'>): Promise<string> {
  const scopes = readScopes(desk as Desk);
  let digest = EMPTY_DIGEST;
  for (const entity of SYNC_ENTITY_NAMES) {
    const fields = SYNC_ENTITIES[entity].fields;
    let after = '';
    for (;;) {
      const params: unknown[] = [entity, after, PAGE];
      let filter: string;
      if (entity === 'worker') {
        filter = `r.key IN (SELECT m.data->>'nik' FROM rows m WHERE m.entity IN ('membership', ${SEGMENT_PEOPLE}) AND NOT m.deleted${scopes ? ' AND m.scope = ANY($4::text[])' : ''})`;
      } else {
        filter = scopes ? 'r.scope = ANY($4::text[])' : 'true';
      }
      // A row dies with its parent on a desk (a cascade): here it counts while the parent lives.
      const parent = SYNC_ENTITIES[entity].parent;
      if (parent) filter += ` AND EXISTS (SELECT 1 FROM rows p WHERE p.entity = '${parent.entity}' AND p.key = r.data->>'${parent.field}' AND NOT p.deleted)`;
      if (scopes) params.push(scopes);
      const page = await pool.query<{ key: string; data: WireRow }>(
        `SELECT r.key, r.data FROM rows r WHERE r.entity = $1 AND NOT r.deleted AND r.key COLLATE "C" > $2 AND ${filter}
         ORDER BY r.key COLLATE "C" LIMIT $3`,
        params,
      );
      for (const r of page.rows) digest = xorHex(digest, crypto.createHash('sha256').update(digestLine(entity, r.key, r.data, fields)).digest('hex'));
      if (page.rows.length < PAGE) break;
      after = page.rows.at(-1)!.key;
    }
  }
  return digest;
}
