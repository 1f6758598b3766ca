import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLERK, signIn, startApp, type RunningApp } from './support/app';

const OTHER_CLERK = { username: 'petugas2', password: 'petugas-rahasia-2', role: 'petugas' } as const;
const DRAFT_NAME = 'PT Draf Belum Disimpan';

/**
 * Two clerks share one desk PC. A session that ends on its own (idle, expired) keeps the clerk's unsaved
 * form for when they sign back in; a different clerk signing in on that screen must never see it.
 */
describe('unsaved drafts on a shared desk (browser mode)', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ user: CLERK, extraUsers: [OTHER_CLERK] });
  }, 180_000);
  afterAll(async () => {
    await app?.close();
  });

  /** Ends the session on the backend, as the idle limit does, then lets the next call find out. */
  async function expireSession(): Promise<void> {
    const { page } = app;
    await page.evaluate(`fetch('/api/auth-signout', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sigap-token': sessionStorage.getItem('sigap.token'),
        'x-sigap-session': sessionStorage.getItem('sigap.session') },
      body: '{}',
    }).then((r) => r.status)`);
    await page.getByTestId('nav-employers').click();
    await page.getByTestId('sign-out-reason').waitFor();
  }

  it('gives the draft back to its clerk and drops it for anyone else', { timeout: 120_000 }, async () => {
    const { page } = app;
    await page.getByTestId('nav-employer-new').click();
    await page.getByTestId('field-name').fill(DRAFT_NAME);

    await expireSession();
    await signIn(page, CLERK);
    await page.getByTestId('nav-employer-new').click();
    expect(await page.getByTestId('field-name').inputValue()).toBe(DRAFT_NAME);

    await expireSession();
    await signIn(page, OTHER_CLERK);
    await expect(page.getByTestId('user-menu').innerText()).resolves.toContain('Uji petugas2');
    expect(await page.evaluate(`sessionStorage.getItem('sigap.employer-drafts') ?? ''`)).not.toContain(DRAFT_NAME);
    await page.getByTestId('nav-employer-new').click();
    expect(await page.getByTestId('field-name').inputValue()).toBe('');
  });
});
