import { afterEach, describe, expect, it } from 'vitest';
import { MAX_FAILED_SIGNINS } from '../../electron/api/handlers/auth';
import { staffedBackend } from '../support/staffed-backend';

type Staffed = Awaited<ReturnType<typeof staffedBackend>>;

// Every attempt, refused or not, costs one scrypt (that is the point): 100 of them take a while on a busy
// 2-core machine.
const SLOW = 180_000;

describe('sign-in under misuse', () => {
  let s: Staffed;
  afterEach(() => s.remove());

  const signIn = (username: string, password: string) => s.backend.call('auth-signin', { username, password });
  const state = (username: string) =>
    s.backend.db.prepare('SELECT failed_attempts AS failed, locked_until AS lockedUntil FROM staff WHERE username = ?').get(username) as {
      failed: number;
      lockedUntil: string | null;
    };

  it('100 parallel wrong passwords lock the account: the attempt is counted before the hash', async () => {
    s = await staffedBackend();
    const results = await Promise.all(Array.from({ length: 100 }, () => signIn('ani', 'salah-terus-99')));
    expect(results.every((r) => !r.ok && r.error.code === 'SIGNIN_FAILED')).toBe(true);
    expect(state('ani').lockedUntil).not.toBeNull();
    expect(state('ani').failed).toBe(MAX_FAILED_SIGNINS);
    const right = await signIn('ani', 'ani-kuat-123');
    expect(right.ok).toBe(false);
  }, SLOW);

  it('40 wrong passwords and the right one in parallel: the right one does not sign in once locked', async () => {
    s = await staffedBackend();
    const wrong = Array.from({ length: 40 }, () => signIn('budi', 'salah-terus-99'));
    const right = signIn('budi', 'budi-kuat-123');
    const results = await Promise.all([...wrong, right]);
    expect(results.filter((r) => r.ok)).toHaveLength(0);
    expect(state('budi').lockedUntil).not.toBeNull();
    expect((await signIn('budi', 'budi-kuat-123')).ok).toBe(false);
  }, SLOW);

  it('a right password after fewer than five failures still signs in and clears the count', async () => {
    s = await staffedBackend();
    for (let i = 0; i < MAX_FAILED_SIGNINS - 1; i++) expect((await signIn('ani', 'salah-terus-99')).ok).toBe(false);
    expect((await signIn('ani', 'ani-kuat-123')).ok).toBe(true);
    expect(state('ani')).toEqual({ failed: 0, lockedUntil: null });
  });

  it('gives one answer, at one cost, for an unknown user, a wrong password and a locked account', async () => {
    s = await staffedBackend();
    const timed = async (username: string, password: string) => {
      const t0 = performance.now();
      const r = await signIn(username, password);
      return { ms: performance.now() - t0, error: r.ok ? null : r.error };
    };
    for (let i = 0; i < MAX_FAILED_SIGNINS; i++) await signIn('budi', 'salah-terus-99');
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const runs = { unknown: [] as number[], wrong: [] as number[], locked: [] as number[] };
    const answers = new Set<string>();
    for (let i = 0; i < 5; i++) {
      for (const [kind, user, pw] of [['unknown', 'tidak-ada', 'apa-saja-123'], ['wrong', 'kacab', 'salah-terus-99'], ['locked', 'budi', 'budi-kuat-123']] as const) {
        const { ms, error } = await timed(user, pw);
        runs[kind].push(ms);
        answers.add(JSON.stringify(error));
      }
      await signIn('kacab', 'kacab-kuat-123'); // keeps kacab below the lockout
    }
    expect([...answers]).toHaveLength(1);
    expect(JSON.parse([...answers][0]!)).toMatchObject({ code: 'SIGNIN_FAILED' });
    // Each refusal runs one scrypt; a refusal without it would be two orders of magnitude faster.
    const wrong = median(runs.wrong);
    expect(median(runs.unknown)).toBeGreaterThan(wrong * 0.4);
    expect(median(runs.locked)).toBeGreaterThan(wrong * 0.4);
  }, SLOW);

  it('refuses common passwords and one repeated character, with their own code', async () => {
    s = await staffedBackend();
    const create = (password: string) =>
      s.call('staff-save', { mode: 'create', username: 'dewi', displayName: 'Dewi', role: 'petugas', password }, 'admin');
    for (const pw of ['password', 'Password123', 'bismillah', 'Bismillah123!', 'indonesia', 'sayangku', '12345678', 'qwertyuiop', 'aaaaaaaaaa', '1111111111']) {
      const r = await create(pw);
      expect(r.ok ? 'OK' : r.error.code, pw).toBe('PASSWORD_COMMON');
    }
    const setup = await s.backend.call('auth-setup', { username: 'xenia', displayName: 'X', password: 'zzzzzzzz' });
    expect(setup.ok ? 'OK' : setup.error.code).toBe('PASSWORD_COMMON');
    expect((await create('pendek')).ok).toBe(false);
    expect((await create('Mahakam-sore-hari-7')).ok).toBe(true);
  });
});
