import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import pg from 'pg';
import { SYNC_PROTOCOL_VERSION, type PushRequest } from '../../shared/sync/protocol';
import { AppError } from '../errors/app-error';
import { applyPush } from './apply-push';
import { authenticate } from './desks';
import { checkServerSchema } from './pg-schema';
import { pullPage } from './pull';
import { scopeDigest } from './server-digest';

export const MAX_PUSH_BYTES = 64 * 1024 * 1024;

export interface ServerOptions {
  pgUrl: string;
  port: number;
  host: string;
  tlsCert?: string;
  tlsKey?: string;
  insecureLan?: boolean;
}

const isLoopback = (host: string) => host === '127.0.0.1' || host === '::1' || host === 'localhost';

/** Plain HTTP only on loopback; anything reachable from the LAN carries desk keys and NIKs, so it needs TLS. */
export function checkTransport(o: ServerOptions): void {
  if ((o.tlsCert && !o.tlsKey) || (!o.tlsCert && o.tlsKey)) throw new AppError('SERVER_TLS_INCOMPLETE');
  if (!o.tlsCert && !isLoopback(o.host) && !o.insecureLan) throw new AppError('SERVER_TLS_REQUIRED', { host: o.host });
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' });
  res.end(text);
}

const STATUS: Record<string, number> = {
  SYNC_DESK_KEY_INVALID: 401,
  SYNC_DESK_REVOKED: 403,
  SYNC_DESK_DUPLICATE: 409,
  SYNC_SEQ_GAP: 409,
  SYNC_SERVER_BEHIND: 409,
  SYNC_PROTOCOL_MISMATCH: 400,
  BAD_ARGUMENT: 400,
  PAYLOAD_TOO_LARGE: 413,
  NOT_FOUND: 404,
};

async function readJson(req: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_PUSH_BYTES) throw new AppError('PAYLOAD_TOO_LARGE');
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new AppError('BAD_ARGUMENT', { detail: 'JSON' });
  }
}

function isPushRequest(v: unknown): v is PushRequest {
  const p = v as PushRequest;
  return !!p && typeof p.baseSeq === 'number' && typeof p.fingerprint === 'string' && Array.isArray(p.changes) && Array.isArray(p.audit);
}

export function createSyncHandler(pool: pg.Pool) {
  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    try {
      const url = new URL(req.url ?? '/', 'http://sync.local');
      if (req.method === 'GET' && url.pathname === '/health') return send(res, 200, { ok: true, protocol: SYNC_PROTOCOL_VERSION });
      if (req.headers['x-sigap-sync-protocol'] !== String(SYNC_PROTOCOL_VERSION)) {
        throw new AppError('SYNC_PROTOCOL_MISMATCH', { server: SYNC_PROTOCOL_VERSION });
      }
      const desk = await authenticate(pool, req.headers.authorization);
      if (req.method === 'POST' && url.pathname === '/sync/hello') {
        await pool.query('UPDATE desks SET last_seen_at = now() WHERE name = $1', [desk.name]);
        return send(res, 200, { desk: desk.name, branch: desk.branch, lastSeq: desk.lastSeq, protocol: SYNC_PROTOCOL_VERSION });
      }
      if (req.method === 'POST' && url.pathname === '/sync/push') {
        const body = await readJson(req);
        if (!isPushRequest(body)) throw new AppError('BAD_ARGUMENT', { detail: 'push' });
        return send(res, 200, await applyPush(pool, desk, body));
      }
      if (req.method === 'GET' && url.pathname === '/sync/pull') {
        const cursor = Number(url.searchParams.get('cursor') ?? '0');
        const limit = Number(url.searchParams.get('limit') ?? '5000');
        if (!Number.isSafeInteger(cursor) || cursor < 0 || !Number.isSafeInteger(limit)) throw new AppError('BAD_ARGUMENT', { detail: 'cursor' });
        return send(res, 200, await pullPage(pool, desk, cursor, limit, url.searchParams.get('full') === '1'));
      }
      if (req.method === 'GET' && url.pathname === '/sync/digest') return send(res, 200, { digest: await scopeDigest(pool, desk) });
      throw new AppError('NOT_FOUND');
    } catch (error) {
      if (error instanceof AppError) return send(res, STATUS[error.code] ?? 422, { error: error.toApiError() });
      console.error('[sigap-server]', error instanceof Error ? error.message : error);
      // PostgreSQL down or restarting: the desk keeps its queue and tries again later.
      send(res, 503, { error: new AppError('SYNC_SERVER_UNAVAILABLE').toApiError() });
    }
  };
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startSyncServer(o: ServerOptions): Promise<RunningServer> {
  checkTransport(o);
  const pool = new pg.Pool({ connectionString: o.pgUrl, max: 8 });
  pool.on('error', (e) => console.error('[sigap-server] pool:', e.message));
  await checkServerSchema(pool);
  const handler = createSyncHandler(pool);
  const server = o.tlsCert
    ? https.createServer({ cert: fs.readFileSync(o.tlsCert), key: fs.readFileSync(o.tlsKey!) }, (q, s) => void handler(q, s))
    : http.createServer((q, s) => void handler(q, s));
  server.requestTimeout = 5 * 60_000;
  // Longer than any pause of a desk between two requests of one sync (it reads its next batch meanwhile), so an
  // idle connection is not closed just as the desk sends on it; the desk retries once if it happens anyway.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : o.port;
  const host = o.host.includes(':') ? `[${o.host}]` : o.host;
  return {
    url: `${o.tlsCert ? 'https' : 'http'}://${host}:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await pool.end();
    },
  };
}
