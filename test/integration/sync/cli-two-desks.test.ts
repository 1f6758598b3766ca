import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from 'vitest';
import { messyRoster, workbookBytes, writeTemp } from '../../support/import-fixtures';
import { SERVER_SCHEMA_VERSION } from '../../../electron/server/pg-schema';
import { freePort } from '../../support/pg-cluster';
import { usePgCluster } from '../../support/sync-lifecycle';
import { tempDir } from '../../support/temp-db';

const cluster = usePgCluster();

/** The CLI as another tool would run it: its own process, JSON on stdout, an exit code. */
function sigap(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/bin.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr, json: () => JSON.parse(r.stdout) };
}

test('two desks and a server, all through the CLI, converge on one digest', async () => {
  const pgUrl = cluster().createDatabase('sigap_cli');
  const tmp = tempDir('sigap-cli-sync-');
  const port = await freePort();
  let server: ReturnType<typeof spawn> | null = null;
  try {
    expect(sigap('server', 'init', '--pg', pgUrl, '--json').json()).toEqual({ from: 0, to: SERVER_SCHEMA_VERSION });
    expect(sigap('server', 'init', '--pg', pgUrl, '--json').json()).toEqual({ from: SERVER_SCHEMA_VERSION, to: SERVER_SCHEMA_VERSION });
    const keyA = sigap('server', 'desk', 'add', 'meja-1', '--branch', 'BPN', '--pg', pgUrl, '--json').json();
    const keyB = sigap('server', 'desk', 'add', 'meja-2', '--branch', 'BPN', '--pg', pgUrl, '--json').json();
    expect(keyA).toEqual({ desk: 'meja-1', key: expect.stringMatching(/^sgd_/) });
    // Plain HTTP is for loopback only.
    const lan = sigap('server', 'start', '--pg', pgUrl, '--port', String(port), '--host', '0.0.0.0');
    expect(lan.code).toBe(1);
    expect(JSON.parse(lan.out).error.code).toBe('SERVER_TLS_REQUIRED');

    server = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/bin.ts', 'server', 'start', '--pg', pgUrl, '--port', String(port)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      server!.stdout!.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /Sigap server listening on (http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      server!.on('exit', (code) => reject(new Error(`server exited ${code}`)));
    });
    expect(url).toBe(`http://127.0.0.1:${port}`);

    const dbA = path.join(tmp.dir, 'a.db');
    const dbB = path.join(tmp.dir, 'b.db');
    expect(sigap('init', '--db', dbA, '--json').code).toBe(0);
    expect(sigap('init', '--db', dbB, '--json').code).toBe(0);
    const employers = writeTemp(
      tmp.dir,
      'perusahaan.xlsx',
      workbookBytes({
        Daftar: [
          ['No', 'NPP', 'Nama Perusahaan', 'NPWP', 'NIB', 'Kode Wilayah', 'Skala Usaha', 'Jumlah Tenaga Kerja', 'Kelompok Risiko', 'Program'],
          [1, '12345678', 'PT Mahakam', '01.234.567.8-721.000', '1234567890123', '64.71', 'Menengah', '40', 'III', 'JKK, JKM, JHT, JP'],
        ],
      }),
    );
    const emp = sigap('import', 'employers', employers, '--db', dbA, '--json');
    expect(emp.code, emp.out + emp.err).toBe(0);
    const roster = writeTemp(tmp.dir, 'roster.xlsx', workbookBytes({ Data: messyRoster() }));
    expect(sigap('import', 'roster', roster, '--employer', '12345678', '--db', dbA, '--json').code).toBe(0);

    const first = sigap('sync', '--db', dbA, '--server', url, '--desk-key', keyA.key, '--json');
    expect(first.code, first.err).toBe(0);
    expect(first.json()).toMatchObject({ pushed: expect.any(Number), pulled: expect.any(Number), conflicts: 0, pending: 0, digest: expect.any(String) });
    const b1 = sigap('sync', '--db', dbB, '--server', url, '--desk-key', keyB.key, '--json').json();
    const a2 = sigap('sync', '--db', dbA, '--json').json(); // bound: no server or key needed any more
    const b2 = sigap('sync', '--db', dbB, '--json').json();
    expect(b2.digest).toBe(a2.digest);
    expect(b1.pulled).toBeGreaterThan(0);
    expect(sigap('server', 'digest', '--branch', 'BPN', '--pg', pgUrl, '--json').json().digest).toBe(a2.digest);
    const workersB = sigap('list', 'workers', '--employer', '12345678', '--db', dbB, '--json').json();
    expect(workersB).toHaveLength(4);
    expect(sigap('conflicts', '--db', dbB, '--json').json()).toEqual([]);

    // A revoked desk is refused with a coded error and exit 1.
    expect(sigap('server', 'desk', 'revoke', 'meja-2', '--pg', pgUrl, '--json').json()).toEqual({ desk: 'meja-2', revoked: true });
    const refused = sigap('sync', '--db', dbB, '--json');
    expect(refused.code).toBe(1);
    expect(refused.json().error.code).toBe('SYNC_DESK_REVOKED');
  } finally {
    server?.kill('SIGTERM');
    tmp.remove();
  }
}, 180_000);
