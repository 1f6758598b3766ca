import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend, type Backend } from '../../electron/backend';

/** A fresh store in its own temp directory; remove() deletes it. */
export function tempDir(prefix = 'sigap-test-'): { dir: string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export const FIXED_NOW = () => new Date('2026-03-15T08:00:00Z');

export function tempBackend(): Backend & { dir: string; remove(): void } {
  const tmp = tempDir();
  const backend = createBackend(path.join(tmp.dir, 'sigap.db'), 'cli', { now: FIXED_NOW });
  return {
    ...backend,
    dir: tmp.dir,
    remove: () => {
      backend.close();
      tmp.remove();
    },
  };
}

/** A valid employer in Balikpapan. */
export const sampleEmployer = (over: Record<string, unknown> = {}) => ({
  npp: '12345678',
  name: 'PT Mahakam Sejahtera Abadi',
  npwp: '01.234.567.8-721.000',
  nib: '1234567890123',
  regencyCode: '64.71',
  address: 'Jl. Jenderal Sudirman No. 1, Balikpapan',
  scale: 'menengah',
  riskGroup: 3,
  programs: ['JKK', 'JKM', 'JHT', 'JP'],
  reportedHeadcount: 40,
  ...over,
});

/** A woman born 17 Aug 1985, NIK issued in Balikpapan (day 17 + 40 = 57). */
export const sampleWorker = (over: Record<string, unknown> = {}) => ({
  nik: '6471015708850001',
  name: 'Siti Rahmawati',
  birthDate: '1985-08-17',
  gender: 'P',
  kpj: null,
  phone: '081234567890',
  ...over,
});
