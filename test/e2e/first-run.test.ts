import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startApp, type RunningApp } from './support/app';

describe('first run and sign-in (browser mode)', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ user: null });
  }, 180_000);
  afterAll(async () => {
    await app?.close();
  });

  it('asks for the first admin account, then signs in and out', { timeout: 120_000 }, async () => {
    const { page } = app;
    await expect(page.getByRole('heading', { name: 'Buat akun admin pertama' }).isVisible()).resolves.toBe(true);
    await page.getByTestId('field-username').fill('admin');
    await page.getByTestId('field-display-name').fill('Admin Cabang');
    await page.getByTestId('field-password').fill('admin-rahasia-1');
    await page.getByTestId('field-repeat-password').fill('admin-rahasia-1');
    await page.getByTestId('sign-in-submit').click();
    await expect(page.getByTestId('user-menu').innerText()).resolves.toContain('Admin Cabang');

    // Signing out on purpose leaves nothing unsaved behind for the next person (drafts may hold NIKs).
    // (Evaluated as text: this test compiles without the DOM library.)
    await page.evaluate(`sessionStorage.setItem('sigap.enrol-drafts', '{"state":{"drafts":{"x":{"nik":"6471015708850001"}}}}')`);
    await page.getByTestId('sign-out').click();
    await page.getByRole('heading', { name: 'Masuk' }).waitFor();
    expect(await page.evaluate(`sessionStorage.getItem('sigap.enrol-drafts')`)).toBeNull();
    expect(await page.evaluate(`sessionStorage.getItem('sigap.token')`)).toBeTruthy();
    await page.getByTestId('field-username').fill('admin');
    await page.getByTestId('field-password').fill('salah-sekali-1');
    await page.getByTestId('sign-in-submit').click();
    await expect(page.getByTestId('sign-in-error').innerText()).resolves.toMatch(/^Nama pengguna atau kata sandi salah, atau akun sedang dikunci/);
    await signIn(page, { username: 'admin', password: 'admin-rahasia-1' });
  });
});
