/**
 * Hybrid logical clock stamps (as in Actual's CRDT sync): a wall-clock part that never goes backwards on a desk,
 * a counter, and the desk's name. Fixed-width, so comparing the strings compares the stamps.
 */
export interface Hlc {
  ms: number;
  counter: number;
  node: string;
}

export const formatHlc = (h: Hlc): string => `${String(h.ms).padStart(15, '0')}-${String(h.counter).padStart(10, '0')}-${h.node}`;

export function parseHlc(text: string): Hlc {
  const m = /^(\d{15})-(\d{10})-(.+)$/.exec(text);
  if (!m) throw new Error(`not an HLC stamp: ${text.slice(0, 40)}`);
  return { ms: Number(m[1]), counter: Number(m[2]), node: m[3]! };
}

/** The desk that made a stamp, without parsing the rest (the two numbers are fixed-width). */
export const hlcNode = (text: string): string => text.slice(27);

export const compareHlc = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * How far ahead of the server's clock a desk's stamp may run. A desk whose clock is days ahead would
 * otherwise win every last-writer-wins race until the others caught up; its stamps are pulled back to this.
 */
export const MAX_CLOCK_LEAD_MS = 60_000;

export function clampHlc(text: string, serverNowMs: number): string {
  const h = parseHlc(text);
  const limit = serverNowMs + MAX_CLOCK_LEAD_MS;
  return h.ms > limit ? formatHlc({ ...h, ms: limit }) : text;
}
