import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-db';

/** The CI gate must be able to fail: an insecure shell is refused, ours passes with no high finding. */
describe('the Electron security scan (scripts/security-scan.mjs)', () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());
  const scan = (dir: string) => spawnSync(process.execPath, ['scripts/security-scan.mjs', dir], { encoding: 'utf8', timeout: 60_000 });

  it('refuses a window with node integration and no context isolation', () => {
    const dir = path.join(tmp.dir, 'insecure-shell');
    fs.mkdirSync(dir);
    fs.writeFileSync(
      path.join(dir, 'main.js'),
      `const { BrowserWindow } = require('electron');
       const win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });
       win.loadURL('http://example.com');\n`,
    );
    const r = scan(dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/HIGH\s+CONTEXT_ISOLATION_JS_CHECK/);
    expect(r.stdout).toMatch(/security scan: \d+ findings, [1-9]\d* high/);
  });

  it('passes the real shell with every finding read', () => {
    const r = scan('electron/shell');
    expect(r.stderr).not.toMatch(/unreadable|not parsed/);
    expect(r.stdout).toMatch(/security scan: \d+ findings, 0 high/);
    expect(r.status).toBe(0);
  });
});
