import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './support/app';
import { api, importRoster, type RosterRow } from './support/gap-setup';

const NPP = '87654321';
const EMPLOYER = 'PT Teluk Balikpapan Upah Uji';
const PERIOD = '2026-03';
const NOTE = 'Sudah ditelepon, janji perbaiki upah';
// Two wages under the Balikpapan UMK 2026 and one above it; valid NIKs (women: birth day + 40).
const ROSTER: RosterRow[] = [
  { nik: '6471015708850001', name: 'Siti Aminah', wage: 3_500_000, startDate: '01-03-2026' },
  { nik: '6471011203900002', name: 'Budi Hartono', wage: 3_700_000, startDate: '01-03-2026' },
  { nik: '6471014501950003', name: 'Rina Marlina', wage: 4_000_000, startDate: '01-03-2026' },
];
const RISK_GROUP = 2;

describe('gap workspace (browser mode)', () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startApp();
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  it('shows the PDS Upah gap of an imported roster with its shortfall and keeps a follow-up note', { timeout: 120_000 }, async () => {
    const { page } = app;

    // Set-up through the API: a medium employer in Balikpapan with every mandatory program and an
    // honest headcount, so PDS Upah is its only gap; then its roster through the import handlers.
    await api(page, 'employers-save', {
      mode: 'create',
      employer: {
        npp: NPP,
        name: EMPLOYER,
        npwp: null,
        nib: null,
        regencyCode: '64.71',
        address: 'Jl. Jenderal Sudirman No. 9, Balikpapan',
        scale: 'menengah',
        riskGroup: RISK_GROUP,
        programs: ['JKK', 'JKM', 'JHT', 'JP'],
        reportedHeadcount: ROSTER.length,
      },
    });
    const imported = await importRoster(page, NPP, PERIOD, ROSTER);
    expect(imported.accepted).toBe(ROSTER.length);

    // The expected estimate, worked out by hand from the rule (DOMAIN.md §2–§3), not by the code under test:
    // wage gap to the Balikpapan UMK 2026 = (3,856,694.43 − 3,500,000) + (3,856,694.43 − 3,700,000) = 513,388.86;
    // each program line rounded half up to whole rupiah: JKK group II 0.54 % = 2,772; JKM 0.30 % = 1,540;
    // JHT 3.7 % + 2 % = 29,263; JP 2 % + 1 % = 15,402 (the UMK is under the JP cap) → Rp 48,977.
    const reference = await api(page, 'reference-get', {});
    const umk = reference.minimumWages.find((w) => w.kind === 'UMK' && w.regencyCode === '64.71' && w.year === 2026)!.amount;
    expect(umk).toBe(3_856_694.43);
    expect(reference.jkkRates.find((r) => r.riskGroup === RISK_GROUP)!.ratePct).toBe(0.54);
    const shortfall = 'Rp 48.977';

    // Kesenjangan for March 2026: one row, PDS Upah, with the shortfall in Rupiah.
    await page.getByTestId('nav-gaps').click();
    await page.getByTestId('gap-period').selectOption(PERIOD);
    const row = page.getByTestId('gap-row').filter({ hasText: EMPLOYER });
    await row.waitFor();
    expect(await page.getByTestId('gap-row').count()).toBe(1);
    expect(await row.locator('[data-kind]').getAttribute('data-kind')).toBe('PDS_UPAH');
    expect(await row.textContent()).toContain('PDS Upah');
    expect(await row.getByTestId('gap-row-shortfall').textContent()).toBe(shortfall);
    expect(await page.getByTestId('gap-total-PDS_UPAH').textContent()).toContain(shortfall);

    // The employer's gap view: evidence with the two workers under the UMK.
    await row.click();
    const card = page.getByTestId('gap-card-PDS_UPAH');
    await card.waitFor();
    expect(await page.getByTestId('gap-employer-name').textContent()).toBe(EMPLOYER);
    expect(await card.getByTestId('gap-shortfall').textContent()).toBe(shortfall);
    expect(await card.getByTestId('evidence-minimum').textContent()).toContain('Rp 3.856.694,43');
    expect(await card.getByTestId('upah-worker').count()).toBe(2);
    expect(await card.getByTestId('upah-workers').textContent()).toContain('Budi Hartono');
    expect(await card.getByTestId('upah-workers').textContent()).not.toContain('Rina Marlina');
    expect(await card.getByTestId('gap-basis').textContent()).toContain('UU 24/2011');

    // A clerk records a follow-up; closing the case ("selesai") is the branch head's and not offered.
    const statuses = await card.getByTestId('followup-status').locator('option').evaluateAll((os) => os.map((o) => (o as unknown as { value: string }).value));
    expect(statuses).toEqual(['baru', 'dihubungi', 'teguran_1', 'teguran_2']);
    await card.getByTestId('followup-status').selectOption('dihubungi');
    await card.getByTestId('followup-note').fill(NOTE);
    // The day of the call, typed day first. A day that does not exist stays visible and is refused with a reason.
    const date = card.getByTestId('followup-date');
    await date.fill('31-04-2026');
    await date.press('Tab');
    expect(await date.inputValue()).toBe('31-04-2026');
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    expect(await card.getByTestId('error-followup-date').textContent()).toContain('Tanggal tidak dapat dibaca');
    await card.getByTestId('followup-submit').click();
    expect(await card.getByTestId('followup-entry').count()).toBe(0);
    await date.fill('16-03-2026');
    await date.press('Tab');
    expect(await date.inputValue()).toBe('16-03-2026');
    expect(await card.getByTestId('followup-date-formatted').textContent()).toBe('16 Maret 2026');
    expect(await card.getByTestId('error-followup-date').count()).toBe(0);
    await card.getByTestId('followup-submit').click();
    await card.getByTestId('followup-entry').waitFor();

    // After a reload the note is still there, with its status and its author.
    await page.reload();
    await page.getByTestId('user-menu').waitFor();
    await page.getByTestId('nav-gaps').click();
    expect(await page.getByTestId('gap-period').inputValue()).toBe(PERIOD);
    const again = page.getByTestId('gap-row').filter({ hasText: EMPLOYER });
    await again.locator('[data-status="dihubungi"]').waitFor();
    await again.click();
    const entry = page.getByTestId('gap-card-PDS_UPAH').getByTestId('followup-entry');
    await entry.waitFor();
    expect(await entry.count()).toBe(1);
    expect(await entry.getAttribute('data-status')).toBe('dihubungi');
    expect(await entry.getByTestId('followup-note-text').textContent()).toBe(NOTE);
    expect(await entry.getByTestId('followup-author').textContent()).toBe('oleh Uji petugas1');
    expect(await entry.locator('time').getAttribute('datetime')).toBe('2026-03-16');
    expect(await entry.locator('time').textContent()).toBe('16 Maret 2026');

    // NIKs are on screen for the desk, never in the console.
    const logged = app.consoleLines.join('\n');
    for (const r of ROSTER) expect(logged).not.toContain(r.nik);
  });
});

describe('gap workspace as branch head (browser mode)', () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startApp({ user: { username: 'kacab', password: 'kacab-rahasia-1', role: 'kepala_cabang' } });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  it('closes a case with "selesai" and edits a workforce figure inline', { timeout: 120_000 }, async () => {
    const { page } = app;
    await api(page, 'employers-save', {
      mode: 'create',
      employer: {
        npp: NPP,
        name: EMPLOYER,
        npwp: null,
        nib: null,
        regencyCode: '64.71',
        address: 'Balikpapan',
        scale: 'menengah',
        riskGroup: RISK_GROUP,
        programs: ['JKK', 'JKM', 'JHT', 'JP'],
        reportedHeadcount: ROSTER.length,
      },
    });
    await importRoster(page, NPP, PERIOD, ROSTER);

    // From the employer record straight to its gaps.
    await page.getByTestId('employer-search').fill(NPP);
    await page.getByTestId('employer-row').filter({ hasText: NPP }).click();
    await page.getByTestId('employer-gaps').click();
    await page.getByTestId('gap-employer-period').selectOption(PERIOD);
    const card = page.getByTestId('gap-card-PDS_UPAH');
    await card.waitFor();
    await card.getByTestId('followup-status').selectOption('selesai');
    await card.getByTestId('followup-note').fill('Upah sudah diperbaiki, dicek bersama perusahaan');
    // Pasted as written in the branch's letter: a month name, read day first.
    await card.getByTestId('followup-date').fill('17 Agustus 2026');
    await card.getByTestId('followup-date').press('Enter');
    const closed = card.locator('[data-testid="followup-entry"][data-status="selesai"]');
    await closed.waitFor();
    expect(await card.getByTestId('followup-author').textContent()).toBe('oleh Uji kacab');
    expect(await closed.locator('time').getAttribute('datetime')).toBe('2026-08-17');

    // Coverage: Balikpapan's workforce figure, edited inline and shown as confirmed with its source.
    await page.getByTestId('nav-coverage').click();
    const balikpapan = page.locator('[data-testid="coverage-row"][data-area="64.71"]');
    await balikpapan.waitFor();
    await balikpapan.getByTestId('workforce-edit-open').click();
    await page.getByTestId('workforce-employed').fill('400.000');
    await page.getByTestId('workforce-year').fill('2026');
    await page.getByTestId('workforce-source').fill('Uji: BPS Kota Balikpapan 2026');
    await page.getByTestId('workforce-confirmed').check();
    await page.getByTestId('workforce-save').click();
    await page.getByTestId('coverage-notice').waitFor();
    const text = await balikpapan.textContent();
    expect(text).toContain('400.000');
    expect(text).toContain('Uji: BPS Kota Balikpapan 2026');
    expect(text).toContain('Terkonfirmasi');
    expect(await balikpapan.getByTestId('coverage-estimate').count()).toBe(0);
  });
});
