import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleEmployer, sampleWorker } from '../support/temp-db';
import { startApp, type RunningApp } from './support/app';
import { api } from './support/gap-setup';

const SHOTS = process.env.SIGAP_E2E_SHOTS;
const NIK = '6471015708850001';
const NPP = '12345678';

describe('membership lifecycle on the worker page (browser mode)', () => {
  let app: RunningApp;

  beforeAll(async () => {
    // The width a desk laptop has: the row's actions must fit beside the membership.
    app = await startApp({ viewport: { width: 1366, height: 768 } });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  it('changes a wage from a month and ends the membership with a reason, from the worker page', { timeout: 120_000 }, async () => {
    const { page } = app;
    await api(page, 'employers-save', { employer: sampleEmployer() as never, mode: 'create' });
    await api(page, 'workers-enrol', { npp: NPP, worker: sampleWorker() as never, segment: 'PU', wage: 4_000_000, startDate: '2025-01-06' });

    // "Already active here" at enrolment leads to the existing membership.
    await page.getByTestId('nav-worker-search').click();
    await page.getByTestId('worker-search').fill(NIK);
    await page.getByTestId('worker-result-open').first().click();
    await page.getByTestId('membership-row').first().waitFor();
    await page.getByTestId('worker-memberships').getByRole('button', { name: 'PT Mahakam Sejahtera Abadi' }).click();
    await page.getByTestId('enrol-worker').click();
    await page.getByTestId('field-nik').pressSequentially(NIK);
    await page.getByTestId('open-existing').click();
    await page.getByTestId('membership-row').first().waitFor();
    expect(await page.getByTestId('worker-detail-nik').textContent()).toBe(NIK);

    // Change the wage from March 2026: the app's own dialog, the history keeps the starting wage.
    await page.getByTestId('action-wage').click();
    const wageDialog = page.getByTestId('dialog-wage');
    await wageDialog.waitFor();
    await page.getByTestId('wage-amount').fill('4.750.000');
    await page.getByTestId('wage-from').fill('03-2026');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/lifecycle-wage-dialog.png` });
    await page.getByTestId('dialog-wage-yes').click();
    await page.getByTestId('lifecycle-note').waitFor();
    expect(await wageDialog.isVisible()).toBe(false);
    await expect.poll(() => page.getByTestId('wage-period').count()).toBe(2);
    const history = await page.getByTestId('wage-history').textContent();
    expect(history).toContain('Rp 4.750.000');
    expect(history).toContain('Rp 4.000.000');
    expect(history).toContain('Diubah di meja');
    expect(await page.getByTestId('worker-memberships').textContent()).toContain('Rp 4.750.000');

    // A month before the membership began is explained inside the dialog, in Indonesian; nothing saved.
    await page.getByTestId('action-wage').click();
    await page.getByTestId('wage-amount').fill('5000000');
    await page.getByTestId('wage-from').fill('12-2024');
    // Enter saves, as in the app's other forms.
    await page.getByTestId('wage-from').press('Enter');
    expect(await page.getByTestId('dialog-error').textContent()).toContain('sebelum kepesertaan dimulai');
    await page.getByTestId('dialog-wage-cancel').click();
    expect(await page.getByTestId('wage-period').count()).toBe(2);

    // End the membership with a date and a reason.
    await page.getByTestId('action-end').click();
    await page.getByTestId('dialog-end').waitFor();
    await page.getByTestId('end-date').fill('15-11-2026');
    await page.getByTestId('end-reason').selectOption('contract_ended');
    await page.getByTestId('dialog-end-yes').click();
    await page.getByTestId('end-reason-shown').waitFor();
    const row = await page.getByTestId('membership-row').first().textContent();
    expect(row).toContain('Nonaktif');
    expect(row).toContain('Kontrak berakhir');
    // An ended membership offers no more actions.
    expect(await page.getByTestId('action-end').count()).toBe(0);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/lifecycle-worker-page.png`, fullPage: true });
    expect(app.consoleLines.filter((l) => l.includes(NIK))).toEqual([]);
  });
});
