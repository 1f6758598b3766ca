import { describe, expect, it } from 'vitest';
import { throttledLog } from '../../electron/hosts/throttled-log';

describe('throttled log', () => {
  it('writes a kind of line at most once a minute, then says how many it held back', () => {
    let now = 0;
    const lines: string[] = [];
    const log = throttledLog((l) => lines.push(l), 60_000, () => now);
    for (let i = 0; i < 50; i++) log('aborted', '[sigap] http host: aborted');
    log('other', 'other');
    expect(lines).toEqual(['[sigap] http host: aborted', 'other']);
    now = 60_000;
    log('aborted', '[sigap] http host: aborted');
    expect(lines[2]).toMatch(/^\[sigap\] http host: aborted \(\+49 /);
  });
});
