import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../../electron/db/migrations/index';
import { startHttpHost, type HttpHost } from '../../electron/hosts/http-host';
import { resolveInside } from '../../electron/hosts/safe-path';
import { tempBackend } from '../support/temp-db';

/** Raw requests, so the test controls the Host and Origin headers a browser would not let it forge. */
function request(port: number, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

describe('loopback HTTP host', () => {
  const backend = tempBackend();
  const staticDir = path.join(backend.dir, 'static');
  let host: HttpHost;
  let api: (name: string, body: string, headers?: Record<string, string>) => ReturnType<typeof request>;

  beforeAll(async () => {
    fs.mkdirSync(staticDir);
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Sigap</title>');
    fs.writeFileSync(path.join(backend.dir, 'secret.txt'), 'rahasia');
    host = await startHttpHost({ backend, staticDir });
    api = (name, body, headers = {}) =>
      request(host.port, {
        method: 'POST',
        path: `/api/${name}`,
        body,
        headers: { host: `127.0.0.1:${host.port}`, 'content-type': 'application/json', 'x-sigap-token': host.token, ...headers },
      });
  });
  afterAll(async () => {
    await host.close();
    backend.remove();
  });

  it('binds to 127.0.0.1 and prints a URL with the token', () => {
    expect(host.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/\\?token=[\\w-]{20,}$`));
  });

  it('answers an API call that carries the token', async () => {
    const r = await api('app-info', '{}');
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { schemaVersion: migrations.length } });
  });

  it('refuses an API call without the token or with a wrong one (401)', async () => {
    expect((await api('app-info', '{}', { 'x-sigap-token': '' })).status).toBe(401);
    const wrong = await api('app-info', '{}', { 'x-sigap-token': 'x'.repeat(32) });
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin (403)', async () => {
    expect((await api('app-info', '{}', { host: 'evil.example:80' })).status).toBe(403);
    expect((await request(host.port, { path: '/', headers: { host: 'evil.example' } })).status).toBe(403);
    expect((await api('app-info', '{}', { origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('app-info', '{}', { origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
  });

  it('refuses a body over the size limit (413) and bad JSON (400), writing nothing', async () => {
    const big = JSON.stringify({ employer: { name: 'x'.repeat(2 * 1024 * 1024) }, mode: 'create' });
    expect((await api('employers-save', big)).status).toBe(413);
    const bad = await api('employers-save', '{not json');
    expect(bad.status).toBe(400);
    expect(backend.db.prepare('SELECT count(*) FROM employers').pluck().get()).toBe(0);
  });

  it('serves the app with a strict CSP and never a file outside its folder', async () => {
    const page = await request(host.port, { path: '/', headers: { host: `127.0.0.1:${host.port}` } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    // The URL parser already folds `/../` and `%2e%2e/`; encoded separators pass it untouched and reach the guard.
    const reachGuard = ['/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/..%2f..%2fsecret.txt', '/a/..%2f..%2fsecret.txt', '/%2e%2e%5csecret.txt', '/..%5csecret.txt', '/..%2fsecret.txt%00'];
    for (const p of reachGuard) expect(new URL(p, 'http://127.0.0.1').pathname, p).toBe(p);
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', ...reachGuard]) {
      const r = await request(host.port, { path: p, headers: { host: `127.0.0.1:${host.port}` } });
      expect(r.status, p).toBe(404);
      expect(r.body).not.toContain('rahasia');
    }
  });

  it('resolveInside keeps paths inside the root', () => {
    expect(resolveInside('/srv/app', '/index.html')).toBe(path.resolve('/srv/app/index.html'));
    expect(resolveInside('/srv/app', '/../etc/passwd')).toBe(path.resolve('/srv/app/etc/passwd'));
    expect(resolveInside('/srv/app', '/a/%2e%2e/%2e%2e/x')).toBe(path.resolve('/srv/app/x'));
    expect(resolveInside('/srv/app', '/a\\..\\..\\x')).toBeNull();
    expect(resolveInside('/srv/app', '/%00')).toBeNull();
    expect(resolveInside('/srv/app', '/%E0%A4%A')).toBeNull();
  });
});

describe('loopback HTTP host under misuse', () => {
  const backend = tempBackend();
  const lines: string[] = [];
  let host: HttpHost;
  beforeAll(async () => {
    host = await startHttpHost({ backend, staticDir: backend.dir, log: (line) => lines.push(line) });
  });
  afterAll(async () => {
    await host.close();
    backend.remove();
  });
  const headers = () => ({ host: `127.0.0.1:${host.port}`, 'content-type': 'application/json', 'x-sigap-token': host.token });

  it('answers a broken percent-encoding in the handler name with a coded 400, not a 500', async () => {
    const r = await request(host.port, { method: 'POST', path: '/api/%E0%A4%A', body: '{}', headers: headers() });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'BAD_URL' } });
    expect(lines).toEqual([]);
  });

  it('logs clients that hang up mid-body once, not once per request', async () => {
    const abort = () =>
      new Promise<void>((resolve) => {
        const req = http.request({ host: '127.0.0.1', port: host.port, method: 'POST', path: '/api/app-info', headers: { ...headers(), 'content-length': '1000' } });
        req.on('error', () => resolve());
        req.write('{"a":');
        setTimeout(() => {
          req.destroy();
          resolve();
        }, 30);
      });
    for (let i = 0; i < 20; i++) await abort();
    await new Promise((r) => setTimeout(r, 200));
    expect(lines.filter((l) => l.includes('aborted'))).toHaveLength(1);
  });
});
