import { idsWithWord } from '../../support/name-words-intact';
import { afterEach, describe, expect, it } from 'vitest';
import { applyPulledPage } from '../../../electron/sync/apply-pull';
import { bindStore } from '../../../electron/sync/bind';
import { BULK_FROM_ROWS } from '../../../electron/sync/bulk-apply';
import { DESK_TABLES, wireJson } from '../../../electron/sync/desk-tables';
import type { PulledRow } from '../../../shared/sync/protocol';
import { tempBackend } from '../../support/temp-db';

const N = BULK_FROM_ROWS * 2;
const NPP = '12345678';
const nik = (i: number) => `6471${String(i).padStart(12, '0')}`;
let rev = 0;
const employer: PulledRow = {
  rev: ++rev, entity: 'employer', key: NPP, deleted: false,
  data: { npp: NPP, name: 'PT Besar', npwp: null, nib: null, regency_code: '64.71', address: 'Jl. A', scale: 'besar', risk_group: 2, programs: 'JHT,JKK,JKM,JP', reported_headcount: 40, branch_code: 'BPN', jkk_relief: 0, capital: null, annual_sales: 1234567.5 },
};
const worker = (i: number): PulledRow => ({ rev: ++rev, entity: 'worker', key: nik(i), deleted: false, data: { nik: nik(i), name: `Pekerja ${i}`, birth_date: '1990-01-01', gender: 'P', kpj: null, phone: '0812' } });
const membership = (i: number, over: Record<string, unknown> = {}): PulledRow => {
  const gid = `01a2290d-0000-7000-8000-${String(i).padStart(12, '0')}`;
  return { rev: ++rev, entity: 'membership', key: gid, deleted: false, data: { gid, nik: nik(i), npp: NPP, segment: 'PU', wage: 4_000_000 + i * 0.5, start_date: '2026-01-05', end_date: null, programs: 'JHT,JKK,JKM,JP', status: 'aktif', ...over } as PulledRow['data'] };
};

let store: ReturnType<typeof tempBackend> | null = null;
afterEach(() => store?.remove());

function boundStore() {
  store = tempBackend();
  bindStore(store.db, { serverUrl: 'http://x', deskKey: 'k', deskName: 'meja', branch: 'BPN' });
  return store.db;
}

/** What the desk holds of each row, in wire form: it must be what was pulled, value for value and type for type. */
const held = (db: ReturnType<typeof boundStore>, entity: 'worker' | 'membership' | 'employer') => {
  const t = DESK_TABLES[entity];
  return Object.fromEntries(
    (db.prepare(`SELECT ${t.key('t')} AS key, ${wireJson(t, 't')} AS data FROM ${t.table} t`).all() as { key: string; data: string }[]).map((r) => [r.key, JSON.parse(r.data)]),
  );
};

describe('a pulled page applied in runs of one statement', () => {
  it('stores every row as pulled; rows whose person has not arrived wait and are applied when it does', () => {
    const db = boundStore();
    const people = Array.from({ length: N }, (_, i) => worker(i));
    const members = Array.from({ length: N }, (_, i) => membership(i));
    const late = new Set([3, 50, N - 1]);
    applyPulledPage(db, [employer, ...people.filter((_, i) => !late.has(i)), ...members], rev, Date.now());
    expect(db.prepare('SELECT count(*) FROM memberships').pluck().get()).toBe(N - late.size);
    expect(db.prepare(`SELECT key FROM sync_inbound_pending ORDER BY key`).pluck().all()).toEqual([...late].map((i) => members[i]!.key).sort());

    applyPulledPage(db, people.filter((_, i) => late.has(i)), rev, Date.now());
    expect(db.prepare('SELECT count(*) FROM sync_inbound_pending').pluck().get()).toBe(0);
    expect(held(db, 'membership')).toEqual(Object.fromEntries(members.map((m) => [m.key, m.data])));
    expect(held(db, 'worker')).toEqual(Object.fromEntries(people.map((w) => [w.key, w.data])));
    expect(held(db, 'employer')).toEqual({ [NPP]: employer.data });
    // Names indexed for search, the starting wage period written, as the row-by-row path does.
    expect(idsWithWord(db, 'pekerja')).toHaveLength(N);
    expect(db.prepare(`SELECT count(*) FROM membership_wages`).pluck().get()).toBe(N);
  });

  it('a run that meets a membership merged on the server goes row by row and keeps the one that stands', () => {
    const db = boundStore();
    const people = Array.from({ length: N }, (_, i) => worker(i));
    applyPulledPage(db, [employer, ...people, membership(0, { gid: 'local-0001' })].map((r) => (r.entity === 'membership' ? { ...r, key: 'local-0001' } : r)), rev, Date.now());
    // The server merged desk-made 'local-0001' into another membership of the same person and employer.
    const members = Array.from({ length: N }, (_, i) => membership(i));
    applyPulledPage(db, members, rev, Date.now());
    expect(db.prepare(`SELECT gid FROM memberships WHERE worker_id = (SELECT id FROM workers WHERE nik = ?)`).pluck().all(nik(0))).toEqual([members[0]!.key]);
    expect(db.prepare('SELECT count(*) FROM memberships').pluck().get()).toBe(N);
  });
});
