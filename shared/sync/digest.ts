import type { WireRow } from './entities';

/** One row's line in the branch digest: the same bytes on a desk and on the server for the same data. */
export function digestLine(entity: string, key: string, row: WireRow, fields: readonly string[]): string {
  const values = fields.map((f) => row[f] ?? null);
  return `${entity}\t${key}\t${JSON.stringify(values)}\n`;
}
