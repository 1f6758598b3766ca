import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { SyncClient } from '../../../electron/sync/sync-client';

let server: http.Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server that drops the connection of the first `drops` requests without answering, then answers. */
async function dropping(drops: number): Promise<{ url: string; requests: () => number }> {
  let requests = 0;
  server = http.createServer((req, res) => {
    requests += 1;
    if (requests <= drops) {
      req.socket.destroy(); // as when an idle keep-alive connection is closed just as the desk sends on it
      return;
    }
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ lastSeq: 7, answers: [], auditStored: 0 }));
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests: () => requests };
}

const push = { baseSeq: 0, fingerprint: 'pc:/x.db', changes: [], audit: [] };

describe('the sync client on a connection that closes under it', () => {
  it('sends a push once more on a new connection, and the sync goes on', async () => {
    const s = await dropping(1);
    const answer = await new SyncClient(s.url, 'key').push(push);
    expect(answer.lastSeq).toBe(7);
    expect(s.requests()).toBe(2);
  });

  it('gives up after the second closed connection: SYNC_UNREACHABLE, nothing lost on the desk', async () => {
    const s = await dropping(5);
    await expect(new SyncClient(s.url, 'key').push(push)).rejects.toMatchObject({ code: 'SYNC_UNREACHABLE' });
    expect(s.requests()).toBe(2);
  });
});
