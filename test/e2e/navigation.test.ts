import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatMessage } from '../../shared/i18n/messages';
import { CLERK, signIn, startApp, type RunningApp } from './support/app';
import { api } from './support/gap-setup';
import { messyRosterXlsx, XLSX_MIME } from './support/import-files';

const NPP = '34567890';
const EMPLOYER = 'PT Jalan Pulang Sejahtera';

/** Every screen has an address (issue 11 §2): Back/Forward, reload and a second tab land where the clerk was. */
describe('navigation by address (browser mode)', () => {
  let app: RunningApp;
  let origin: string;

  beforeAll(async () => {
    app = await startApp({ viewport: { width: 1366, height: 768 } });
    origin = new URL(app.url).origin;
    await api(app.page, 'employers-save', {
      mode: 'create',
      employer: {
        npp: NPP,
        name: EMPLOYER,
        npwp: null,
        nib: null,
        regencyCode: '64.71',
        address: 'Jl. Jenderal Sudirman No. 9, Balikpapan',
        scale: 'menengah',
        riskGroup: 2,
        programs: ['JKK', 'JKM', 'JHT', 'JP'],
        reportedHeadcount: 4,
      },
    });
  }, 180_000);

  afterAll(async () => {
    await app?.close();
  });

  const hash = (page: Page) => new URL(page.url()).hash;

  it('goes Back and Forward between screens and keeps the token out of the address', { timeout: 60_000 }, async () => {
    const { page } = app;
    expect(page.url()).not.toContain('token=');
    await page.getByTestId('nav-employers').click();
    await page.getByTestId('employer-total').waitFor();
    await page.getByTestId('nav-gaps').click();
    await expect.poll(() => hash(page)).toBe('#/kepatuhan');
    await page.goBack();
    await page.getByTestId('employer-total').waitFor();
    expect(hash(page)).toBe('#/perusahaan');
    await page.goForward();
    await expect.poll(() => hash(page)).toBe('#/kepatuhan');
  });

  it('reloads onto the same employer page', { timeout: 60_000 }, async () => {
    const { page } = app;
    await page.evaluate(`location.hash = '#/perusahaan/${NPP}'`);
    await expect.poll(() => page.getByTestId('employer-detail-name').textContent()).toContain(EMPLOYER);
    await page.reload();
    await expect.poll(() => page.getByTestId('employer-detail-name').textContent()).toContain(EMPLOYER);
    expect(hash(page)).toBe(`#/perusahaan/${NPP}`);
  });

  it('reloads mid-wizard onto the same step, and a second tab on that address opens it too', { timeout: 120_000 }, async () => {
    const { page } = app;
    await page.evaluate(`location.hash = '#/perusahaan/${NPP}'`);
    await page.getByTestId('employer-import').click();
    await page.getByTestId('import-file').setInputFiles({ name: 'daftar-tk.xlsx', mimeType: XLSX_MIME, buffer: messyRosterXlsx() });
    await page.getByTestId('import-header-step').waitFor();
    await page.getByTestId('import-header-next').click();
    await page.getByTestId('import-mapping-step').waitFor();
    await expect.poll(() => hash(page)).toMatch(/^#\/impor\?npp=34567890&.*unggahan=[a-f0-9]{32}.*langkah=mapping/);
    const address = page.url();

    await page.reload();
    await page.getByTestId('import-mapping-step').waitFor();
    expect(await page.getByTestId('mapping-B').inputValue()).toBe('nik');
    expect(page.url()).toBe(address);

    // A second tab of the same browser: no session there yet, so sign in, then the wizard at the same step.
    const second = await page.context().newPage();
    second.setDefaultTimeout(15_000);
    try {
      await second.goto(address);
      await signIn(second, CLERK);
      await second.getByTestId('import-mapping-step').waitFor();
      expect(await second.getByTestId('import-file-line').textContent()).toContain('daftar-tk.xlsx');

    } finally {
      await second.close();
    }

    // An address whose upload is gone says so instead of an empty wizard. Opened in a fresh tab: in a tab whose
    // wizard holds another file, that file's address is written back before the gone one is asked about.
    const third = await page.context().newPage();
    third.setDefaultTimeout(15_000);
    try {
      await third.goto(`${origin}/#/impor?npp=${NPP}&jenis=roster&unggahan=${'0'.repeat(32)}&langkah=preview`);
      await signIn(third, CLERK);
      await third.getByTestId('import-upload-gone').waitFor();
      await third.getByTestId('import-file-step').waitFor();
    } finally {
      await third.close();
    }
  });

  it('opens a deep link in a second tab', { timeout: 60_000 }, async () => {
    const second = await app.page.context().newPage();
    second.setDefaultTimeout(15_000);
    try {
      await second.goto(`${origin}/#/kepatuhan/${NPP}`);
      await signIn(second, CLERK);
      await expect.poll(() => new URL(second.url()).hash).toBe(`#/kepatuhan/${NPP}`);
      await expect.poll(() => second.locator('main h1').first().textContent()).toContain(EMPLOYER);
    } finally {
      await second.close();
    }
  });

  it('asks with its own dialogs and messages, in Indonesian, never the browser\'s', { timeout: 90_000 }, async () => {
    const { page } = app;
    let native = 0;
    const onDialog = (d: { dismiss: () => Promise<void> }) => {
      native++;
      void d.dismiss();
    };
    page.on('dialog', onDialog);
    try {
      await page.getByTestId('nav-employer-new').click();
      await page.getByTestId('field-name').fill('PT Belum Jadi');
      await page.getByTestId('employer-submit-cancel').click();
      await page.getByTestId('discard-dialog').waitFor();
      expect(await page.locator('#discard-dialog-title').textContent()).toBe('Buang isian yang belum disimpan?');
      await page.getByTestId('discard-dialog-cancel').click();
      expect(await page.getByTestId('field-name').inputValue()).toBe('PT Belum Jadi');
      await page.getByTestId('employer-submit-cancel').click();
      await page.getByTestId('discard-dialog-yes').click();
      await expect.poll(() => hash(page)).toBe('#/perusahaan');

      // Enrolment: the confirmation keeps the focus, so a second Enter does not skip it.
      await page.evaluate(`location.hash = '#/pendaftaran?npp=${NPP}'`);
      await page.getByTestId('field-nik').pressSequentially('6471011708850001');
      await expect.poll(() => page.getByTestId('field-birthDate').inputValue(), { timeout: 10_000 }).toBe('17-08-1985');
      await page.getByTestId('field-name').fill('Budi Santoso');
      await page.getByTestId('field-wage').fill('4.000.000');
      await page.getByTestId('enrol-submit').click();
      await page.getByTestId('enrol-confirmation').waitFor();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      expect(await page.getByTestId('enrol-confirmation').isVisible()).toBe(true);
    } finally {
      page.off('dialog', onDialog);
    }
    expect(native).toBe(0);

    // Sign-in with empty fields: the app's own message, not "Please fill out this field".
    const second = await page.context().newPage();
    second.setDefaultTimeout(15_000);
    try {
      await second.goto(`${origin}/`);
      await second.getByTestId('sign-in-submit').click();
      expect(await second.getByTestId('sign-in-error').textContent()).toBe('Isi nama pengguna dan kata sandi.');
    } finally {
      await second.close();
    }
  });

  it('says at once that the full address is needed when the token is missing', { timeout: 60_000 }, async () => {
    const browser = app.page.context().browser();
    if (!browser) throw new Error('no browser');
    const fresh = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    try {
      const page = await fresh.newPage();
      await page.goto(`${origin}/#/perusahaan/${NPP}`);
      await page.getByTestId('no-token').waitFor();
      expect(await page.getByTestId('no-token').textContent()).toContain(formatMessage('UNAUTHORIZED', {}, 'id'));
      expect(await page.getByTestId('sign-in-form').count()).toBe(0);
    } finally {
      await fresh.close();
    }
  });
});
