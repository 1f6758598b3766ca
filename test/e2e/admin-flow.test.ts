import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { formatDateId } from '../../shared/format/id-format';
import { signIn, startApp, type RunningApp } from './support/app';

const ADMIN = { username: 'admin', password: 'admin-rahasia-1', role: 'admin' } as const;
const CLERK = { username: 'siti.p', password: 'siti-rahasia-1', name: 'Siti Petugas' };
const HEAD = { username: 'kacab', password: 'kacab-rahasia-1', name: 'Kepala Cabang Samarinda' };
const EMPLOYER = { npp: '23456789', name: 'PT Audit Mahakam Uji' };
const ADMIN_ITEMS = ['nav-staff', 'nav-audit', 'nav-backups'];

async function signOut(page: Page): Promise<void> {
  await page.getByTestId('sign-out').click();
  await page.getByTestId('sign-in-form').waitFor();
}

async function createAccount(page: Page, who: { username: string; password: string; name: string }, role: string): Promise<void> {
  await page.getByTestId('staff-add').click();
  await page.getByTestId('staff-field-username').fill(who.username);
  await page.getByTestId('staff-field-display-name').fill(who.name);
  await page.getByTestId('staff-field-role').selectOption(role);
  await page.getByTestId('staff-field-password').fill(who.password);
  await page.getByTestId('staff-field-repeat').fill(who.password);
  await page.getByTestId('staff-submit').click();
  await page.getByTestId('staff-notice').waitFor();
  await page.locator(`[data-testid="staff-row"][data-username="${who.username}"]`).waitFor();
}

/** A local day as the desk types it: 22-11-2026, or 22/11/2026 with `sep`. */
function dayFirst(d: Date, sep = '-'): string {
  return [d.getDate(), d.getMonth() + 1].map((n) => String(n).padStart(2, '0')).concat(String(d.getFullYear())).join(sep);
}
const isoDay = (d: Date) => dayFirst(d).split('-').reverse().join('-');

const visible = async (page: Page, testIds: string[]) =>
  Promise.all(testIds.map((id) => page.getByTestId(id).isVisible()));

describe('admin flow: accounts, roles, audit trail and backups (browser mode)', () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startApp({ user: ADMIN });
  }, 180_000);
  afterAll(async () => {
    await app?.close();
  });

  it('the admin creates accounts; a refused password and a taken username are said beside their fields', { timeout: 120_000 }, async () => {
    const { page } = app;
    // The admin does not enter data: no "Perusahaan baru" anywhere.
    expect(await visible(page, ['nav-employer-new', 'employer-new'])).toEqual([false, false]);
    await page.getByTestId('nav-staff').click();
    await page.locator('[data-testid="staff-row"][data-username="admin"]').waitFor();

    await page.getByTestId('staff-add').click();
    await page.getByTestId('staff-field-username').fill(CLERK.username);
    await page.getByTestId('staff-field-display-name').fill(CLERK.name);
    await page.getByTestId('staff-field-password').fill('pendek');
    await page.getByTestId('staff-field-repeat').fill('pendek');
    await page.getByTestId('staff-submit').click();
    await expect(page.getByTestId('error-staff-password').innerText()).resolves.toBe(
      'Kata sandi minimal 8 karakter dan tidak sama dengan nama pengguna.',
    );
    await page.getByTestId('staff-cancel').click();

    await createAccount(page, CLERK, 'petugas');
    await createAccount(page, HEAD, 'kepala_cabang');

    await page.getByTestId('staff-add').click();
    await page.getByTestId('staff-field-username').fill(CLERK.username);
    await page.getByTestId('staff-field-display-name').fill('Orang Lain');
    await page.getByTestId('staff-field-password').fill('rahasia-lain-1');
    await page.getByTestId('staff-field-repeat').fill('rahasia-lain-1');
    await page.getByTestId('staff-submit').click();
    await expect(page.getByTestId('error-staff-username').innerText()).resolves.toContain(`${CLERK.username} sudah dipakai`);
    await page.getByTestId('staff-cancel').click();

    // The only admin cannot demote themself.
    await page.getByTestId('staff-edit-admin').click();
    await page.getByTestId('staff-field-role').selectOption('petugas');
    await page.getByTestId('staff-submit').click();
    await expect(page.getByTestId('staff-last-admin').innerText()).resolves.toContain('Admin aktif terakhir tidak bisa diubah');
    await page.getByTestId('staff-cancel').click();
    await signOut(page);
  });

  it('a petugas sees no admin menu items, and creates an employer', { timeout: 120_000 }, async () => {
    const { page } = app;
    await signIn(page, CLERK);
    expect(await visible(page, ADMIN_ITEMS)).toEqual([false, false, false]);
    expect(await page.getByTestId('employer-new').isVisible()).toBe(true);

    await page.getByTestId('nav-employer-new').click();
    await page.getByTestId('field-npp').fill(EMPLOYER.npp);
    await page.getByTestId('field-name').fill(EMPLOYER.name);
    await page.getByTestId('field-regencyCode').selectOption('64.72');
    await page.getByTestId('field-address').fill('Jl. Pahlawan No. 2, Samarinda');
    await page.getByTestId('field-scale').selectOption('kecil');
    await page.getByTestId('field-reportedHeadcount').fill('12');
    await page.getByTestId('employer-submit').click();
    await page.getByTestId('employer-facts').waitFor();
    expect(await page.getByTestId('employer-detail-name').textContent()).toBe(EMPLOYER.name);
    await signOut(page);
  });

  it('the kepala cabang finds the creation in Jejak audit, exports it, and makes a backup', { timeout: 120_000 }, async () => {
    const { page } = app;
    await signIn(page, HEAD);
    // The branch head reads the trail and backs up, but does not manage accounts.
    expect(await visible(page, ADMIN_ITEMS)).toEqual([false, true, true]);

    await page.getByTestId('nav-audit').click();
    await page.getByTestId('audit-row').first().waitFor();
    await page.getByTestId('audit-actor').fill(CLERK.username);
    await page.getByTestId('audit-entity').selectOption('employer');
    await page.locator('[data-testid="audit-total"][data-total="1"]').waitFor();
    const row = page.getByTestId('audit-row').first();
    expect(await row.getByTestId('audit-row-actor').innerText()).toBe(CLERK.username);
    expect(await row.innerText()).toContain('Tambah');
    expect(await row.getByTestId('audit-what').innerText()).toContain(EMPLOYER.name);
    await row.getByTestId('audit-toggle').click();
    const diff = page.getByTestId('audit-diff');
    expect(await diff.locator('tr[data-field="name"]').innerText()).toContain(EMPLOYER.name);
    expect(await diff.locator('tr[data-field="npp"]').innerText()).toContain(EMPLOYER.npp);
    // Narrowing the list further refreshes it; the row the reader opened stays open.
    await page.getByTestId('audit-action').selectOption('create');
    await page.locator('[data-testid="audit-total"][data-total="1"][data-loading="false"]').waitFor();
    expect(await diff.locator('tr[data-field="name"]').innerText()).toContain(EMPLOYER.name);
    await page.getByTestId('audit-action').selectOption('');

    // Today's days typed as the desk writes them, "22/11/2026" and "22 November 2026": the entry is still found.
    const today = new Date();
    const since = page.getByTestId('audit-since');
    const until = page.getByTestId('audit-until');
    await since.fill(dayFirst(today, '/'));
    await since.press('Tab');
    expect(await since.inputValue()).toBe(dayFirst(today));
    await until.fill(formatDateId(isoDay(today)));
    await until.press('Tab');
    expect(await until.inputValue()).toBe(dayFirst(today));
    await page.locator('[data-testid="audit-total"][data-total="1"]').waitFor();
    expect(await page.getByTestId('audit-row').count()).toBe(1);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^jejak-audit-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = XLSX.read(readFileSync((await download.path())!), { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets[book.SheetNames[0]!]!);
    expect(rows.map((r) => [r.Pengguna, r['Kode Tindakan'], r['ID Entitas'], r.Nama])).toEqual([[CLERK.username, 'create', EMPLOYER.npp, EMPLOYER.name]]);
    await page.getByTestId('audit-notice').waitFor();

    // An end before the start, and a day that does not exist: the text stays, the field is marked and says why.
    const yesterday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1);
    await until.fill(dayFirst(yesterday));
    await until.press('Tab');
    await page.getByTestId('audit-range-invalid').waitFor();
    expect(await until.getAttribute('aria-invalid')).toBe('true');
    await until.fill('32-13-2026');
    await until.press('Tab');
    expect(await until.inputValue()).toBe('32-13-2026');
    expect(await until.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('audit-date-invalid').textContent()).toContain('Tanggal tidak dapat dibaca');
    expect(await page.getByTestId('audit-export').isDisabled()).toBe(true);

    // The export is itself in the trail.
    await page.getByTestId('audit-clear').click();
    expect([await since.inputValue(), await until.inputValue()]).toEqual(['', '']);
    expect(await page.getByTestId('audit-date-invalid').count()).toBe(0);
    await page.getByTestId('audit-action').selectOption('export');
    await page.locator('[data-testid="audit-row"][data-entity="audit"]').first().waitFor();
    expect(await page.getByTestId('audit-row').first().getByTestId('audit-row-actor').innerText()).toBe(HEAD.username);

    await page.getByTestId('nav-backups').click();
    await page.getByTestId('backups-table').waitFor();
    const before = await page.locator('[data-testid="backup-row"][data-kind="manual"]').count();
    await page.getByTestId('backup-create').click();
    await page.getByTestId('backup-created').waitFor({ timeout: 60_000 });
    const name = (await page.getByTestId('backup-created').innerText()).match(/sigap-manual-[\w.-]+\.db/)?.[0];
    expect(name).toBeTruthy();
    await page.locator(`[data-testid="backup-row"][data-name="${name}"]`).waitFor();
    expect(await page.locator('[data-testid="backup-row"][data-kind="manual"]').count()).toBe(before + 1);

    // Restore stays locked until the word is typed; cancelling changes nothing.
    await page.locator(`[data-testid="backup-row"][data-name="${name}"]`).getByTestId('backup-restore').click();
    await page.getByTestId('restore-dialog').waitFor();
    expect(await page.getByTestId('restore-lost').innerText()).toContain('Semua yang dimasukkan sesudah');
    expect(await page.getByTestId('restore-confirm').isDisabled()).toBe(true);
    await page.getByTestId('restore-word').fill('PULIH');
    expect(await page.getByTestId('restore-confirm').isDisabled()).toBe(true);
    await page.getByTestId('restore-word').fill('PULIHKAN');
    expect(await page.getByTestId('restore-confirm').isEnabled()).toBe(true);
    await page.getByTestId('restore-cancel').click();
    expect(await page.getByTestId('restore-dialog').count()).toBe(0);
    await signOut(page);
  });

  it('signs out by itself after 30 minutes without input', { timeout: 60_000 }, async () => {
    const { page } = app;
    await page.clock.install();
    await signIn(page, HEAD);
    await page.clock.fastForward('29:00');
    expect(await page.getByTestId('user-menu').isVisible()).toBe(true);
    await page.clock.fastForward('02:00');
    await page.getByTestId('sign-in-form').waitFor();
  });
});
