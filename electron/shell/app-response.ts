import fs from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../hosts/http-host';
import { resolveInside } from '../hosts/safe-path';
import { APP_HOST } from './url-policy';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

// The same headers as the HTTP host: the CSP, and nosniff so a file is only ever run as the type we name.
const HEADERS = { 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff' };

const notFound = () => new Response('Not found', { status: 404, headers: { ...HEADERS, 'content-type': 'text/plain; charset=utf-8' } });

/** The answer to one app:// request: a file under dist/renderer (path-traversal guarded) or 404. Pure Node. */
export async function appResponse(rendererDir: string, requestUrl: string): Promise<Response> {
  const url = new URL(requestUrl);
  const file = url.host === APP_HOST ? resolveInside(rendererDir, url.pathname) : null;
  if (!file) return notFound();
  try {
    const body = await fs.readFile(file);
    return new Response(body, { headers: { ...HEADERS, 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' } });
  } catch {
    return notFound();
  }
}
