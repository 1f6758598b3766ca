import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend';
import { putUpload, uploadsDir } from '../../electron/importer/uploads';
import { IMPORT_LIMITS } from '../../electron/importer/limits';
import { scheduleUpkeep } from '../../electron/upkeep/schedule-upkeep';
import { tempDir } from '../support/temp-db';
import { messyRoster, workbookBytes } from '../support/import-fixtures';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('upkeep while the app is open: expired uploads and planner statistics', () => {
  let tmp: ReturnType<typeof tempDir>;
  let b: Backend;
  let stop: (() => void) | null = null;
  beforeEach(() => {
    tmp = tempDir();
    b = createBackend(path.join(tmp.dir, 'sigap.db'), 'browser');
  });
  afterEach(() => {
    stop?.();
    stop = null;
    b.close();
    tmp.remove();
  });

  /** An upload as an import abandoned after the upload leaves it; returns its two files. */
  const upload = (): string[] => {
    const { uploadId } = putUpload(b.db, 'daftar.xlsx', workbookBytes({ Data: messyRoster() }).toString('base64'), new Date());
    return [`${uploadId}.bin`, `${uploadId}.json`].map((f) => path.join(uploadsDir(b.db), f));
  };
  const age = (files: string[], ms: number) => {
    const then = new Date(Date.now() - ms);
    for (const f of files) fs.utimesSync(f, then, then);
  };

  it('deletes an upload left over 24 h at start-up, without anyone uploading again, and keeps a fresh one', () => {
    const old = upload();
    const fresh = upload();
    age(old, IMPORT_LIMITS.uploadTtlMs + 60_000);
    stop = scheduleUpkeep(b.current);
    expect(old.map((f) => fs.existsSync(f))).toEqual([false, false]);
    expect(fresh.map((f) => fs.existsSync(f))).toEqual([true, true]);
  });

  it('sweeps again on its interval while the app stays open', async () => {
    const files = upload();
    stop = scheduleUpkeep(b.current, { intervalMs: 50 });
    expect(files.every((f) => fs.existsSync(f))).toBe(true);
    age(files, IMPORT_LIMITS.uploadTtlMs + 60_000); // a day passes with the app open
    for (let i = 0; i < 100 && files.some((f) => fs.existsSync(f)); i++) await sleep(50);
    expect(files.map((f) => fs.existsSync(f))).toEqual([false, false]);
  });

  it('gives a never-analysed store planner statistics at start-up (PRAGMA optimize), not a full ANALYZE by hand', () => {
    const stats = () => b.db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'`).pluck().get();
    expect(stats()).toBe(0);
    stop = scheduleUpkeep(b.current);
    expect(stats()).toBe(1);
  });
});
