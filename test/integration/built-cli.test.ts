import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceStamp } from '../../scripts/build-stamp.mjs';
import { NODE_INPUTS } from '../../scripts/node-entry.mjs';
import { cli as inProcess, messyRoster, workbookBytes, writeTemp } from '../support/import-fixtures';
import { tempDir } from '../support/temp-db';

const root = path.resolve(__dirname, '../..');
const stampFile = path.join(root, 'dist/cli/.stamp');

/** `npm run -s cli -- ARGS` as it runs for a user: node on the launcher, built JavaScript behind it. */
function built(...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/cli.mjs', ...args], { cwd: root, encoding: 'utf8', timeout: 180_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('the CLI as built JavaScript', () => {
  const tmp = tempDir();
  const db = path.join(tmp.dir, 'built.db');
  afterAll(() => tmp.remove());

  it('builds when the sources changed, then starts from the build; answers as the in-process CLI does', async () => {
    const first = built('init', '--db', db, '--demo', '--employers', '5', '--workers', '60', '--json');
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    // The stamp names today's sources, and the launcher runs the bundle, not the TypeScript.
    expect(fs.readFileSync(stampFile, 'utf8')).toBe(sourceStamp(root, NODE_INPUTS));
    const stampTime = fs.statSync(stampFile).mtimeMs;
    const list = built('list', 'employers', '--db', db, '--json');
    expect(list.code).toBe(0);
    expect(fs.statSync(stampFile).mtimeMs).toBe(stampTime); // unchanged sources: no rebuild
    expect(JSON.parse(list.out)).toEqual(JSON.parse((await inProcess('list', 'employers', '--db', db, '--json')).out));
  });

  it('runs an import through its parse and write workers from the build, and keeps exit codes', async () => {
    const npp = (JSON.parse(built('list', 'employers', '--db', db, '--json').out) as { npp: string }[])[0]!.npp;
    const file = writeTemp(tmp.dir, 'roster.xlsx', workbookBytes({ Data: messyRoster() }));
    const r = built('import', 'roster', file, '--employer', npp, '--db', db, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ accepted: 4, rejected: 0 });
    const bad = built('list', 'workers', '--employer', '99999999', '--db', db, '--json');
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.out)).toMatchObject({ error: { code: 'EMPLOYER_NOT_FOUND' } });
    expect(built('frobnicate').code).toBe(64);
  });
});
