import type { WireRow } from './entities';

/** One row's line in the branch digest: the same bytes on a desk and on the server for the same data. */
export function digestLine(entity: string, key: string, row: WireRow, fields: readonly string[]): string {
  const values = fields.map((f) => row[f] ?? null);
  return `${entity}\t${key}\t${JSON.stringify(values)}\n`;
}

/** The digest of no rows. The digest is the XOR of every row line's SHA-256: order-free, so it can be kept up to date row by row. */
export const EMPTY_DIGEST = '0'.repeat(64);

export function xorHex(a: string, b: string): string {
  let out = '';
  for (let i = 0; i < 64; i += 8) out += ((parseInt(a.slice(i, i + 8), 16) ^ parseInt(b.slice(i, i + 8), 16)) >>> 0).toString(16).padStart(8, '0');
  return out;
}

/** XOR of many hex digests into one, without a string per step (a whole branch is hundreds of thousands). */
export function xorAll(hashes: Iterable<string>, start = EMPTY_DIGEST): string {
  const acc = new Uint32Array(8);
  for (let i = 0; i < 8; i++) acc[i] = parseInt(start.slice(i * 8, i * 8 + 8), 16);
  for (const h of hashes) for (let i = 0; i < 8; i++) acc[i]! ^= parseInt(h.slice(i * 8, i * 8 + 8), 16);
  return [...acc].map((v) => v.toString(16).padStart(8, '0')).join('');
}
