import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { SESSION_HEADER, TOKEN_HEADER } from '../../shared/api/bridge';
import type { Result } from '../../shared/api/result';
import { AppError } from '../errors/app-error';
import type { Backend } from '../backend';
import { resolveInside } from './safe-path';
import { throttledLog } from './throttled-log';

export const MAX_BODY_BYTES = 1024 * 1024;
/** The one handler that carries a file (base64 of up to 25 MB, see electron/importer/limits.ts). */
export const UPLOAD_HANDLER = 'uploads-put';
export const MAX_UPLOAD_BODY_BYTES = 36 * 1024 * 1024;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface HttpHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export interface HttpHostOptions {
  backend: Backend;
  staticDir: string;
  port?: number;
  token?: string;
  /** Where host errors go (rate-limited); the console by default. */
  log?: (line: string) => void;
}

const sameToken = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
};

function send(res: http.ServerResponse, status: number, body: string | Buffer, type: string, extra: http.OutgoingHttpHeaders = {}) {
  res.writeHead(status, {
    'content-type': type,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
    ...extra,
  });
  res.end(body);
}

function sendError(res: http.ServerResponse, status: number, code: string, params = {}) {
  const result: Result<never> = { ok: false, error: new AppError(code, params).toApiError() };
  send(res, status, JSON.stringify(result), 'application/json; charset=utf-8');
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      req.resume();
      return resolve(null);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Answer now; keep draining (discarding) so the client reads the 413 instead of a reset.
        req.removeAllListeners('data');
        req.resume();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** A handler name from the URL; null when its percent-encoding is broken (`%E0%A4%A`). */
function decodedName(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

/**
 * Browser mode's transport: the same handlers as IPC, on loopback only. Every request must name this host
 * (DNS-rebinding guard), every API call must carry the per-launch token, and bodies are size-limited.
 */
export function startHttpHost(opts: HttpHostOptions): Promise<HttpHost> {
  const token = opts.token ?? crypto.randomBytes(24).toString('base64url');
  let allowedHosts = new Set<string>();
  const log = throttledLog(opts.log ?? ((line) => console.error(line)));

  const server = http.createServer(async (req, res) => {
    try {
      if (!allowedHosts.has(req.headers.host ?? '')) return sendError(res, 403, 'FORBIDDEN_HOST');
      const origin = req.headers.origin;
      if (origin && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) return sendError(res, 403, 'FORBIDDEN_HOST');
      const url = new URL(req.url ?? '/', 'http://localhost');

      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return sendError(res, 405, 'NOT_FOUND');
        const given = req.headers[TOKEN_HEADER];
        if (typeof given !== 'string' || !sameToken(given, token)) return sendError(res, 401, 'UNAUTHORIZED');
        const upload = url.pathname === `/api/${UPLOAD_HANDLER}`;
        const body = await readBody(req, upload ? MAX_UPLOAD_BODY_BYTES : MAX_BODY_BYTES);
        if (body === null) return sendError(res, 413, 'BODY_TOO_LARGE', { limit: upload ? '36 MB' : '1 MB' });
        let arg: unknown;
        try {
          arg = body.length ? JSON.parse(body.toString('utf8')) : {};
        } catch {
          return sendError(res, 400, 'BAD_ARGUMENT', { detail: 'JSON' });
        }
        const name = decodedName(url.pathname.slice(5));
        if (name === null) return sendError(res, 400, 'BAD_URL');
        const session = req.headers[SESSION_HEADER];
        const result = await opts.backend.call(name, arg, typeof session === 'string' ? session : undefined);
        return send(res, 200, JSON.stringify(result), 'application/json; charset=utf-8');
      }

      if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, 'NOT_FOUND');
      const file = resolveInside(opts.staticDir, url.pathname === '/' ? '/index.html' : url.pathname);
      if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) return sendError(res, 404, 'NOT_FOUND');
      const type = MIME[path.extname(file)] ?? 'application/octet-stream';
      const headers = type.startsWith('text/html') ? { 'content-security-policy': CONTENT_SECURITY_POLICY } : {};
      return send(res, 200, fs.readFileSync(file), type, headers);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(message, `[sigap] http host: ${message}`);
      if (!res.headersSent) sendError(res, 500, 'INTERNAL');
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      resolve({
        url: `http://127.0.0.1:${port}/?token=${token}`,
        port,
        token,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
