import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncConflict } from '../../shared/sync/protocol';
import { addDesk } from '../../electron/server/desks';
import { startPgCluster, type PgCluster } from '../support/pg-cluster';
import { employer, enrolment, syncWorld } from '../support/sync-fixture';
import { signIn, startApp, type RunningApp } from './support/app';

const ADMIN = { username: 'admin', password: 'admin-rahasia-1', role: 'admin' } as const;
const CLERK = { username: 'petugas1', password: 'petugas-rahasia-1', role: 'petugas' } as const;
const HEAD = { username: 'kacab', password: 'kacab-rahasia-1', role: 'kepala_cabang' } as const;
const NPP = '12345678';
// A woman born 15-05-1990 (Samarinda) only this desk enrols, and a man born 17-08-1985 (Balikpapan) whom the
// other desk enrols first under a slightly different name.
const OWN = { nik: '6472035505900002', name: 'Siti Rahmawati', birthDate: '15-05-1990', wage: '3.900.000' };
const DISPUTED = { nik: '6471011708850001', name: 'Budi Santosa', birthDate: '17-08-1985', wage: '4.000.000' };
const SHOTS = process.env.SIGAP_E2E_SHOTS;

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

async function signOut(page: Page): Promise<void> {
  await page.getByTestId('sign-out').click();
  await page.getByTestId('sign-in-form').waitFor();
}

async function enrolAt(page: Page, worker: typeof OWN): Promise<void> {
  await page.getByTestId('nav-enrol').click();
  // The desk remembers the employer picked last.
  await page.getByTestId('employer-picker').or(page.getByTestId('field-nik')).first().waitFor();
  if (await page.getByTestId('employer-picker').isVisible()) {
    await page.getByTestId('field-pick-npp').fill(NPP);
    await page.getByTestId('pick-submit').click();
  }
  const nik = page.getByTestId('field-nik');
  await nik.waitFor();
  await nik.pressSequentially(worker.nik);
  await expect.poll(() => page.getByTestId('field-birthDate').inputValue(), { timeout: 10_000 }).toBe(worker.birthDate);
  await page.getByTestId('field-name').fill(worker.name);
  await page.getByTestId('field-wage').fill(worker.wage);
  await page.getByTestId('enrol-submit').click();
  await page.getByTestId('enrol-confirmation').waitFor();
}

async function syncNow(page: Page): Promise<void> {
  await page.getByTestId('sync-now').click();
  await page.locator('[data-testid="sync-now"]:not([disabled])').waitFor({ timeout: 30_000 });
}

describe('sync flow: a desk connected to a real branch server on PostgreSQL (browser mode)', () => {
  let cluster: PgCluster;
  let world: Awaited<ReturnType<typeof syncWorld>>;
  let other: Awaited<ReturnType<typeof world.desk>>;
  let app: RunningApp;
  let deskKey: string;

  beforeAll(async () => {
    cluster = await startPgCluster();
    world = await syncWorld(cluster);
    // The other desk of the branch registered the employer already.
    other = await world.desk('meja-2');
    await other.value('employers-save', employer(NPP));
    await other.sync();
    deskKey = (await addDesk(world.pool, 'meja-1', 'BPN')).key;
    // Only the syncs this test asks for: no background run in the middle of an assertion.
    process.env.SIGAP_SYNC_INTERVAL_MS = '0';
    app = await startApp({ user: ADMIN, extraUsers: [CLERK, HEAD], viewport: { width: 1366, height: 768 } });
  }, 240_000);

  afterAll(async () => {
    await app?.close();
    await world?.close();
    cluster?.remove();
  });

  it('the admin connects the desk on the Sinkronisasi screen; a bad address and a wrong key are explained', { timeout: 120_000 }, async () => {
    const { page } = app;
    await shot(page, 'sync-1-not-configured');
    // Not connected yet: said to the admin, who is taken to the screen where that is fixed.
    await page.getByTestId('sync-not-configured').click();
    await page.getByTestId('sync-form').waitFor();
    expect(await page.getByTestId('nav-sync').getAttribute('aria-current')).toBe('page');

    await page.getByTestId('sync-field-url').fill('sigap-bpn:8443');
    await page.getByTestId('sync-field-key').fill('pendek');
    await page.getByTestId('sync-submit').click();
    expect(await page.getByTestId('error-sync-url').innerText()).toContain('Tulis alamat lengkap dengan http://');
    expect(await page.getByTestId('error-sync-key').innerText()).toContain('Kunci meja terlalu pendek');

    await page.getByTestId('sync-field-url').fill(world.url);
    await page.getByTestId('sync-field-key').fill('bukan-kunci-meja-yang-benar');
    await page.getByTestId('sync-submit').click();
    await expect(page.getByTestId('sync-refusal').innerText()).resolves.toBe('Kunci meja tidak dikenal server.');
    expect(await page.getByTestId('sync-not-configured').isVisible()).toBe(true);

    await page.getByTestId('sync-field-key').fill(deskKey);
    await page.getByTestId('sync-submit').click();
    await expect(page.getByTestId('sync-connected').innerText()).resolves.toBe('Terhubung sebagai meja meja-1 (cabang BPN). Sinkronisasi pertama selesai.');
    expect(await page.getByTestId('sync-desk').innerText()).toBe('meja-1');
    expect(await page.getByTestId('sync-branch').innerText()).toBe('BPN');
    expect(await page.getByTestId('sync-last-error').getAttribute('data-code')).toBe('');
    // The first sync brought the employer the other desk registered.
    expect(Number(await page.getByTestId('sync-run-pulled').innerText())).toBeGreaterThan(0);
    await expect(page.getByTestId('sync-last').innerText()).resolves.toMatch(/^tersinkron \d{2}\.\d{2}$/);
    expect(await page.getByTestId('sync-state').getAttribute('data-connection')).toBe('online');
    await shot(page, 'sync-2-connected');
    await signOut(page);
  });

  it('a clerk enrols a worker: the top bar shows the change waiting, then "tersinkron" after Sinkronkan', { timeout: 120_000 }, async () => {
    const { page } = app;
    await signIn(page, CLERK);
    // Clerks have no Sinkronisasi screen, but see the state and may sync now.
    expect(await page.getByTestId('nav-sync').count()).toBe(0);
    await enrolAt(page, OWN);
    const pending = page.getByTestId('sync-pending');
    await expect.poll(() => pending.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await pending.innerText()).toMatch(/^[1-9]\d* perubahan menunggu$/);
    await shot(page, 'sync-3-pending');

    await syncNow(page);
    await expect.poll(() => pending.count(), { timeout: 15_000 }).toBe(0);
    expect(await page.getByTestId('sync-last').innerText()).toMatch(/^tersinkron \d{2}\.\d{2}$/);

    // The other desk receives the worker.
    await other.sync();
    const found = await other.value<{ nik: string }[]>('workers-search', { query: OWN.nik });
    expect(found.map((w) => w.nik)).toEqual([OWN.nik]);
  });

  it('the same NIK under another name becomes a conflict the branch head resolves on the Konflik screen', { timeout: 150_000 }, async () => {
    const { page } = app;
    await other.value('workers-enrol', enrolment(NPP, DISPUTED.nik, { worker: { name: 'Budi Santoso', birthDate: '1985-08-17' } }));
    await other.sync();

    await enrolAt(page, DISPUTED);
    await syncNow(page);
    const link = page.getByTestId('sync-conflicts');
    await expect(link.innerText()).resolves.toBe('1 konflik');
    // A clerk reads the conflict but cannot settle it.
    await link.click();
    await page.getByTestId('conflict-row').waitFor();
    expect(await page.getByTestId('conflicts-read-only').isVisible()).toBe(true);
    expect(await page.getByTestId('conflict-keep-local').count()).toBe(0);
    await signOut(page);

    await signIn(page, HEAD);
    await page.getByTestId('nav-conflicts').click();
    const row = page.getByTestId('conflict-row');
    await row.waitFor();
    expect(await row.count()).toBe(1);
    // The NIK is masked as everywhere else; the field has its name; the desk's value beside the server's.
    expect(await row.getByTestId('conflict-key').innerText()).toBe('647101******0001');
    expect(await row.innerText()).not.toContain(DISPUTED.nik);
    expect(await row.getByTestId('conflict-field').innerText()).toBe('Nama');
    expect(await row.getByTestId('conflict-local').innerText()).toBe('Budi Santosa');
    expect(await row.getByTestId('conflict-remote').innerText()).toBe('Budi Santoso');
    expect(await row.innerText()).toContain('meja-1');
    await shot(page, 'sync-4-conflicts');

    await row.getByTestId('conflict-keep-remote').click();
    await expect(page.getByTestId('conflict-resolved').innerText()).resolves.toContain('Konflik Nama untuk 647101******0001 diselesaikan');
    await page.getByTestId('conflicts-empty').waitFor();
    await expect.poll(() => page.getByTestId('sync-conflicts').count(), { timeout: 15_000 }).toBe(0);

    await page.getByTestId('conflicts-show-resolved').check();
    const resolved = page.locator('[data-testid="conflict-row"][data-resolved="true"]');
    await resolved.waitFor();
    expect(await resolved.getByTestId('conflict-resolution').innerText()).toMatch(/^Diselesaikan .+: nilai server dipakai$/);
    await shot(page, 'sync-5-resolved');

    // The verdict travels: after both desks sync, the other desk has no open conflict either.
    await syncNow(page);
    await expect.poll(() => page.getByTestId('sync-pending').count(), { timeout: 15_000 }).toBe(0);
    await other.sync();
    expect(await other.value<SyncConflict[]>('conflicts-list', { includeResolved: false })).toEqual([]);
  });

  it('with the central database down the top bar says "luring", work goes on, and the next sync catches up', { timeout: 150_000 }, async () => {
    const { page } = app;
    cluster.stop();
    try {
      await enrolAt(page, { nik: '6471014501950003', name: 'Rina Kartika', birthDate: '05-01-1995', wage: '3.800.000' });
      await page.getByTestId('sync-now').click();
      const state = page.getByTestId('sync-state');
      await expect.poll(() => state.getAttribute('data-connection'), { timeout: 30_000 }).toBe('offline');
      expect(await page.getByTestId('sync-connection').innerText()).toBe('luring');
      expect(await page.getByTestId('sync-connection').getAttribute('title')).toContain('tidak ada data yang hilang');
      await expect(page.getByTestId('error-banner').getAttribute('data-code')).resolves.toBe('SYNC_SERVER_UNAVAILABLE');
      expect(await page.getByTestId('sync-pending').innerText()).toMatch(/^[1-9]\d* perubahan menunggu$/);
      await shot(page, 'sync-6-offline');
    } finally {
      cluster.start();
    }
    await syncNow(page);
    await expect.poll(() => page.getByTestId('sync-state').getAttribute('data-connection'), { timeout: 30_000 }).toBe('online');
    expect(await page.getByTestId('sync-pending').count()).toBe(0);
  });
});
