import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error — a plain .mjs build script without types
import { buildImportWorker, cjsWithModuleUrl } from '../../scripts/electron-bundles.mjs';
import { HEADER, messyRoster, workbookBytes } from '../support/import-fixtures';
import { tempDir } from '../support/temp-db';

/**
 * The packaged app runs bundled CommonJS, not TypeScript under tsx: the import worker must still be found
 * and run. This bundles the worker runner the way the Electron build does and runs it under plain Node.
 */
describe('the bundled import worker (as in the Electron build)', () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it('parses a roster header without tsx', async () => {
    const out = path.join(tmp.dir, 'app');
    await build({ ...cjsWithModuleUrl, entryPoints: ['electron/importer/run-in-worker.ts'], outfile: path.join(out, 'runner.cjs'), sourcemap: false });
    await buildImportWorker(out);
    fs.writeFileSync(path.join(out, 'package.json'), '{"type":"module"}'); // as the packaged app's package.json
    const file = path.join(tmp.dir, 'roster.xlsx');
    fs.writeFileSync(file, workbookBytes({ Roster: messyRoster() }));
    const script = `
      const { headerInWorker } = require(${JSON.stringify(path.join(out, 'runner.cjs'))});
      const bytes = new Uint8Array(require('node:fs').readFileSync(${JSON.stringify(file)}));
      headerInWorker({ bytes, fileName: 'roster.xlsx', kind: 'roster', today: new Date().toISOString(), period: '2026-03',
        minimumWage: null, remembered: {} }).then((p) => console.log(JSON.stringify(p)), (e) => { console.error(e); process.exit(1); });`;
    const stdout = execFileSync(process.execPath, ['-e', script], { cwd: tmp.dir, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    const preview = JSON.parse(stdout.trim().split('\n').pop()!);
    expect(preview.headerRow).toBe(4); // below the two title rows and a blank row of messyRoster
    expect(JSON.stringify(preview)).toContain(String(HEADER[1]));
  }, 60_000);
});
