import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatMessage } from '../../shared/i18n/messages';
import { startApp, type RunningApp } from './support/app';

const NPP = '12345678';
const EMPLOYER = 'PT Mahakam Sejahtera Uji';
// Valid NIKs: a man born 17-08-1985 (Balikpapan) and a woman born 15-05-1990 (day + 40; Samarinda).
// Dates are shown and typed day first, whatever the browser's locale.
const WORKER_1 = { nik: '6471011708850001', name: 'Budi Santoso', birthDate: '17-08-1985', wage: '4.000.000' };
const WORKER_2 = { nik: '6472035505900002', name: 'Siti Rahmawati', birthDate: '15-05-1990', wage: '3.900.000' };
// Day 32 does not exist: the NIK's birth date part is impossible.
const BAD_DATE_NIK = '6471013208850001';
// A woman born 05-01-1995 whom the store does not know.
const NEW_PERSON_NIK = '6471014501950003';

async function typeNik(page: Page, worker: typeof WORKER_1): Promise<void> {
  const nik = page.getByTestId('field-nik');
  await nik.waitFor();
  await nik.pressSequentially(worker.nik);
  // Birth date and gender come from the NIK as it is typed; the date is shown day first.
  await expect.poll(() => page.getByTestId('field-birthDate').inputValue(), { timeout: 10_000 }).toBe(worker.birthDate);
}

async function enrol(page: Page, worker: typeof WORKER_1, { nikTyped = false } = {}): Promise<void> {
  if (!nikTyped) await typeNik(page, worker);
  await page.getByTestId('field-name').fill(worker.name);
  await page.getByTestId('field-wage').fill(worker.wage);
  await page.getByTestId('enrol-submit').click();
  await page.getByTestId('enrol-confirmation').waitFor();
  expect(await page.getByTestId('enrol-done-text').textContent()).toContain(worker.name);
  await page.getByTestId('contribution-table').waitFor();
}

describe('desk flow (browser mode)', () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startApp();
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  it('creates an employer, enrols two workers, finds one, and explains an impossible NIK date', { timeout: 120_000 }, async () => {
    const { page } = app;

    // 1. New employer through the form.
    await page.getByTestId('nav-employer-new').click();
    await page.getByTestId('field-npp').fill(NPP);
    await page.getByTestId('field-name').fill(EMPLOYER);
    await page.getByTestId('field-npwp').fill('01.234.567.8-901.234');
    await page.getByTestId('field-nib').fill('1234567890123');
    await page.getByTestId('field-regencyCode').selectOption('64.72');
    await page.getByTestId('field-address').fill('Jl. Pahlawan No. 1, Samarinda');
    await page.getByTestId('field-scale').selectOption('menengah');
    await page.getByTestId('field-reportedHeadcount').fill('40');
    expect(await page.getByTestId('employer-submit').isEnabled()).toBe(true);
    await page.getByTestId('employer-submit').click();
    await page.getByTestId('employer-facts').waitFor();
    expect(await page.getByTestId('fact-npp').textContent()).toBe(NPP);
    expect(await page.getByTestId('employer-detail-name').textContent()).toBe(EMPLOYER);

    // 2. Two workers, the second straight after "Daftarkan lagi".
    await page.getByTestId('enrol-worker').click();
    await typeNik(page, WORKER_1);

    // The clerk types the birth date as the KTP says it: kept as typed, read day first, rewritten on leaving.
    const birth = page.getByTestId('field-birthDate');
    await birth.fill('');
    await birth.pressSequentially('17 Agustus 1985');
    expect(await birth.inputValue()).toBe('17 Agustus 1985');
    expect(await page.getByTestId('birthdate-formatted').textContent()).toBe('17 Agustus 1985');
    await birth.press('Tab');
    expect(await birth.inputValue()).toBe('17-08-1985');
    expect(await birth.getAttribute('placeholder')).toBe('HH-BB-TTTT');

    // An impossible day is not dropped: the text stays, the field is marked and saving waits for a real date.
    await birth.fill('31-02-1985');
    await birth.press('Tab');
    expect(await birth.inputValue()).toBe('31-02-1985');
    expect(await birth.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('error-birthDate').textContent()).toBe(
      'Tanggal tidak dapat dibaca. Tulis tanggal-bulan-tahun, misalnya 17-08-1985 atau 17 Agustus 1985.',
    );
    expect(await page.getByTestId('enrol-submit').isDisabled()).toBe(true);
    await birth.fill('17/08/1985');
    await birth.press('Tab');
    expect(await birth.inputValue()).toBe('17-08-1985');
    expect(await birth.getAttribute('aria-invalid')).toBeNull();
    expect(await page.getByTestId('error-birthDate').count()).toBe(0);

    // 05/01/2026 is 5 January 2026, not May 1: shown, stored and confirmed so.
    const start = page.getByTestId('field-startDate');
    await start.fill('05/01/2026');
    expect(await page.getByTestId('startdate-formatted').textContent()).toBe('5 Januari 2026');
    await start.press('Tab');
    expect(await start.inputValue()).toBe('05-01-2026');
    await enrol(page, WORKER_1, { nikTyped: true });
    expect(await page.getByTestId('enrol-done-text').textContent()).toContain('5 Januari 2026');
    await page.getByTestId('enrol-again').click();
    await page.waitForFunction(`document.activeElement?.getAttribute('data-testid') === 'field-nik'`);
    expect(await page.getByTestId('field-nik').inputValue()).toBe('');
    await enrol(page, WORKER_2);

    // The employer now lists both.
    await page.getByTestId('enrol-open-employer').click();
    await page.getByTestId('worker-row').nth(1).waitFor();
    expect(await page.getByTestId('worker-row').count()).toBe(2);

    // 3. Find the second worker by NIK and open her memberships.
    await page.getByTestId('nav-worker-search').click();
    await page.getByTestId('worker-search').fill(WORKER_2.nik);
    await page.getByTestId('worker-result').first().waitFor();
    expect(await page.getByTestId('worker-result').count()).toBe(1);
    expect(await page.getByTestId('worker-result').first().textContent()).toContain(WORKER_2.name);
    await page.getByTestId('worker-result-open').first().click();
    await page.getByTestId('membership-row').first().waitFor();
    expect(await page.getByTestId('worker-detail-nik').textContent()).toBe(WORKER_2.nik);
    expect(await page.getByTestId('worker-memberships').textContent()).toContain(EMPLOYER);

    // 4. An impossible birth date inside a NIK: the Indonesian NIK_DATE message under the field.
    await page.getByTestId('nav-enrol').click();
    await page.getByTestId('field-nik').pressSequentially(BAD_DATE_NIK);
    const error = page.getByTestId('error-nik');
    await error.waitFor();
    const expected = formatMessage('NIK_DATE', { date: BAD_DATE_NIK.slice(6, 12) }, 'id');
    expect(await error.textContent()).toBe(expected);
    expect(expected).toContain('Tanggal lahir di NIK tidak valid');
    expect(await page.getByTestId('enrol-submit').isDisabled()).toBe(true);

    // 5. A known person's name is filled in from the store, and cleared again when the NIK changes to someone new.
    await page.getByTestId('field-nik').fill(WORKER_1.nik);
    // Polled from the test side: the app's CSP forbids the in-page eval a string predicate would need.
    await expect.poll(() => page.getByTestId('field-name').inputValue(), { timeout: 10_000 }).toBe(WORKER_1.name);
    await page.getByTestId('field-nik').fill(NEW_PERSON_NIK);
    await expect.poll(() => page.getByTestId('field-birthDate').inputValue(), { timeout: 10_000 }).toBe('05-01-1995');
    expect(await page.getByTestId('field-name').inputValue()).toBe('');

    // NIKs are shown on screen but never written to the console.
    const logged = app.consoleLines.join('\n');
    for (const nik of [WORKER_1.nik, WORKER_2.nik, BAD_DATE_NIK]) expect(logged).not.toContain(nik);
  });
});
