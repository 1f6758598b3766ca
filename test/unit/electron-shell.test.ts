import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appResponse } from '../../electron/shell/app-response';
import { guardContents } from '../../electron/shell/navigation-guard';
import { writePrivateTemp } from '../../electron/shell/private-temp';

const root = path.join(__dirname, '../..');

// The Electron binary cannot run here: these test the shell's pieces under plain Node.
describe('Electron shell hardening', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sigap-shell-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('packaging flips the fuses: no run-as-node, NODE_OPTIONS or --inspect; asar integrity and asar-only on', () => {
    // The block as electron-builder reads it: top-level key, two-space-indented booleans.
    const yml = fs.readFileSync(path.join(root, 'build/electron-builder.yml'), 'utf8');
    const block = /^electronFuses:\n((?: {2}.*\n)+)/m.exec(yml)?.[1] ?? '';
    const config = { electronFuses: Object.fromEntries([...block.matchAll(/^ {2}(\w+): (true|false)\s*$/gm)].map((m) => [m[1], m[2] === 'true'])) };
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    // A misspelt key would be silently ignored: every one must be a fuse electron-builder knows.
    const scheme = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as {
      definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
      properties: Record<string, unknown>;
    };
    expect(scheme.properties).toHaveProperty('electronFuses');
    for (const key of Object.keys(config.electronFuses)) expect(scheme.definitions.FuseOptionsV1.properties, key).toHaveProperty(key);
  });

  it('app:// answers carry nosniff and the CSP, also when refusing', async () => {
    const dir = path.join(tmp, 'renderer');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Sigap</title>');
    const ok = await appResponse(dir, 'app://sigap/index.html');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    expect(ok.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(ok.headers.get('content-type')).toBe('text/html; charset=utf-8');
    fs.writeFileSync(path.join(tmp, 'secret.txt'), 'rahasia'); // beside the renderer folder, never to be served
    // `/../` and `%2e%2e/` are folded by the URL parser; encoded separators reach the guard itself.
    const reachGuard = ['app://sigap/..%2fsecret.txt', 'app://sigap/%2e%2e%2fsecret.txt', 'app://sigap/a/..%2f..%2fsecret.txt', 'app://sigap/..%5csecret.txt', 'app://sigap/..%2fsecret.txt%00'];
    for (const url of reachGuard) expect(new URL(url).pathname, url).toBe(url.slice('app://sigap'.length));
    for (const url of ['app://sigap/../secret.txt', 'app://sigap/%2e%2e/secret.txt', ...reachGuard, 'app://evil/index.html', 'app://sigap/missing.js']) {
      const refused = await appResponse(dir, url);
      expect(refused.status, url).toBe(404);
      expect(await refused.text()).not.toContain('rahasia');
      expect(refused.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('refuses navigation of the page and of any frame away from the app, pop-ups and webviews', () => {
    const contents = Object.assign(new EventEmitter(), {
      openHandler: null as null | (() => { action: string }),
      setWindowOpenHandler(h: () => { action: string }) {
        this.openHandler = h;
      },
    });
    guardContents(contents as unknown as Parameters<typeof guardContents>[0]);
    const event = (url?: string) => ({ url, prevented: false, preventDefault() { this.prevented = true; } });
    const frame = (url: string) => {
      const e = event(url);
      contents.emit('will-frame-navigate', e);
      return e.prevented;
    };
    const page = (url: string) => {
      const e = event();
      contents.emit('will-navigate', e, url);
      return e.prevented;
    };
    expect(frame('https://evil.example/')).toBe(true);
    expect(frame('app://sigap.evil/index.html')).toBe(true);
    expect(frame('app://sigap/index.html')).toBe(false);
    expect(page('file:///etc/passwd')).toBe(true);
    expect(page('app://sigap/index.html#/workers')).toBe(false);
    const webview = event();
    contents.emit('will-attach-webview', webview);
    expect(webview.prevented).toBe(true);
    expect(contents.openHandler!()).toEqual({ action: 'deny' });
  });

  it('print preview writes into a private mkdtemp directory, never through a planted symlink', async () => {
    // Another user plants a symlink at the name the old code wrote to.
    const victim = path.join(tmp, 'victim.txt');
    fs.writeFileSync(victim, 'untouched');
    fs.symlinkSync(victim, path.join(tmp, 'Ringkasan.pdf'));
    const a = await writePrivateTemp('Ringkasan.pdf', Buffer.from('%PDF-1.7'), tmp);
    const b = await writePrivateTemp('Ringkasan.pdf', Buffer.from('%PDF-1.7'), tmp);
    expect(path.dirname(a.file)).not.toBe(path.dirname(b.file));
    expect(path.dirname(path.dirname(a.file))).toBe(tmp);
    expect(fs.readFileSync(victim, 'utf8')).toBe('untouched');
    if (process.platform !== 'win32') {
      expect(fs.statSync(path.dirname(a.file)).mode & 0o777).toBe(0o700);
      expect(fs.statSync(a.file).mode & 0o777).toBe(0o600);
    }
    expect(fs.readFileSync(a.file, 'utf8')).toBe('%PDF-1.7');
    await a.remove();
    await b.remove();
    expect(fs.existsSync(path.dirname(a.file))).toBe(false);
  });
});
