import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createBackend } from '../../../electron/backend';
import { buildRenderer, CHROMIUM_ARGS, chromiumPath } from '../../../electron/summary/headless-chromium';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');


export interface RunningApp {
  url: string;
  page: Page;
  /** Console lines the page printed, to check nothing personal is logged. */
  consoleLines: string[];
  close: () => Promise<void>;
}

/** Builds the renderer into dist/renderer so the host serves the code under test (the same build the PDF uses). */
export { buildRenderer };

function waitForUrl(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`host printed no URL within ${timeoutMs} ms\n${out}\n${err}`)), timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code} before printing its URL\n${out}\n${err}`));
    });
  });
}

/**
 * Starts the browser-mode host on a fresh data directory (no demo data) and a headless Chromium page
 * pointed at it. Each call is isolated: its own data dir, its own port and token.
 */
export interface StartOptions {
  viewport?: { width: number; height: number };
  /** The account created before start and signed in through the sign-in screen; null: a first run with no users. */
  user?: Account | null;
  /** More accounts created before start, not signed in (a shared desk). */
  extraUsers?: Account[];
  /** Fills the store (its file path) before the host opens it. */
  prepare?: (dbFile: string) => void;
}

type Account = { username: string; password: string; role: 'petugas' | 'kepala_cabang' | 'admin'; homeBranch?: string };

export const CLERK = { username: 'petugas1', password: 'petugas-rahasia-1', role: 'petugas' } as const;

async function createAccount(dataDir: string, user: Account): Promise<void> {
  const backend = createBackend(path.join(dataDir, 'sigap.db'), 'cli');
  try {
    const r = await backend.call('staff-save', { mode: 'create', displayName: `Uji ${user.username}`, active: true, ...user });
    if (!r.ok) throw new Error(r.error.message);
  } finally {
    backend.close();
  }
}

/** Signs in through the sign-in screen, as a clerk would. */
export async function signIn(page: Page, user: { username: string; password: string }): Promise<void> {
  await page.getByTestId('field-username').fill(user.username);
  await page.getByTestId('field-password').fill(user.password);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('user-menu').waitFor();
}

export async function startApp({ viewport = { width: 1280, height: 800 }, user = CLERK, extraUsers = [], prepare }: StartOptions = {}): Promise<RunningApp> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sigap-e2e-'));
  for (const account of user ? [user, ...extraUsers] : extraUsers) await createAccount(dataDir, account);
  prepare?.(path.join(dataDir, 'sigap.db'));
  const host = spawn(process.execPath, ['--import', 'tsx', 'electron/hosts/browser-main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, SIGAP_DATA_DIR: dataDir, SIGAP_PORT: '0', SIGAP_DEMO: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let browser: Browser | null = null;
  const close = async () => {
    await browser?.close().catch(() => undefined);
    if (host.exitCode === null) {
      const exited = new Promise((resolve) => host.once('exit', resolve));
      host.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (host.exitCode === null) host.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const url = await waitForUrl(host, 60_000);
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    // A context of its own, so a test can open a second tab in the same browser profile (issue 11 §2).
    const page = await (await browser.newContext({ viewport })).newPage();
    page.setDefaultTimeout(15_000);
    const consoleLines: string[] = [];
    page.on('console', (m) => consoleLines.push(m.text()));
    page.on('pageerror', (e) => consoleLines.push(`pageerror: ${e.message}`));
    await page.goto(url);
    if (user) await signIn(page, user);
    return { url, page, consoleLines, close };
  } catch (error) {
    await close();
    throw error;
  }
}
