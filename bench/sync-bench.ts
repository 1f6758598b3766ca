import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { registerAuditFunctions } from '../electron/audit/actor';
import { addDesk } from '../electron/server/desks';
import { migrateServer } from '../electron/server/pg-schema';
import { freePort, startPgCluster } from '../test/support/pg-cluster';
import { tempDir } from '../test/support/temp-db';
import { generateRoster } from './import-bench';
import { builtEntry } from '../scripts/node-entry.mjs';

/** Fixed before the run (issue 9). A miss is reported as a miss. */
const TARGETS = { firstPullS: 60, sync1000S: 2, push100kS: 30 };
const BRANCH = { employers: 9_000, workers: Number(process.env.SIGAP_BENCH_WORKERS ?? 300_000) };

/** SIGAP_BENCH_PROF=DIR writes a CPU profile of every process the bench starts into DIR (to see where time goes). */
const profile = process.env.SIGAP_BENCH_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.SIGAP_BENCH_PROF}`] : [];
/** The CLI as `npm run cli` runs it: built JavaScript (built by `runSyncBench` before the first timed process). */
let builtCli = '';
const cli = (...args: string[]) => [process.execPath, [...profile, builtCli, ...args]] as const;

/** A whole CLI process, timed from spawn to exit; fails loudly on a non-zero exit. */
function timed(...args: string[]): { seconds: number; json: Record<string, unknown> } {
  const [cmd, argv] = cli(...args);
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`${args.slice(0, 2).join(' ')} exited ${r.status}: ${r.stdout} ${r.stderr}`);
  const last = r.stdout.trim().split('\n').at(-1) ?? '{}';
  return { seconds, json: last.startsWith('{') ? (JSON.parse(last) as Record<string, unknown>) : {} };
}

const rssMb = (pid: number): number => {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : 0;
  } catch {
    return 0;
  }
};

/**
 * A branch of 9,000 employers and 300,000 workers with one active membership each (and its first wage period), written straight into the
 * central schema (as if desks had pushed it), so the first-pull figure measures the pull alone.
 */
export async function seedBranch(pool: pg.Pool): Promise<void> {
  const stamp = `{"*": "000001790000000-0000000001-bench"}`;
  await pool.query(`
    INSERT INTO rows (entity, key, data, field_hlc, scope)
    SELECT 'employer', npp, jsonb_build_object('npp', npp, 'name', 'PT Bench ' || i, 'npwp', null, 'nib', null, 'regency_code', '64.71',
      'address', 'Jl. Bench ' || i, 'scale', 'menengah', 'risk_group', 2, 'programs', 'JHT,JKK,JKM,JP', 'reported_headcount', 34,
      'branch_code', 'BPN', 'jkk_relief', 0, 'capital', null, 'annual_sales', null), '${stamp}', 'BPN'
    FROM (SELECT i, '9' || lpad(i::text, 7, '0') AS npp FROM generate_series(1, ${BRANCH.employers}) i) e`);
  await pool.query(`
    INSERT INTO rows (entity, key, data, field_hlc, scope)
    SELECT 'worker', nik, jsonb_build_object('nik', nik, 'name', 'Pekerja Bench ' || i, 'birth_date', '1985-01-01', 'gender', 'L', 'kpj', null, 'phone', null), '${stamp}', 'BPN'
    FROM (SELECT i, '6471' || lpad(i::text, 12, '0') AS nik FROM generate_series(1, ${BRANCH.workers}) i) w`);
  await pool.query(`
    INSERT INTO rows (entity, key, data, field_hlc, scope)
    SELECT 'membership', gid, jsonb_build_object('gid', gid, 'nik', '6471' || lpad(i::text, 12, '0'), 'npp', '9' || lpad((1 + i % ${BRANCH.employers})::text, 7, '0'),
      'segment', 'PU', 'wage', 4500000 + (i % 50) * 10000, 'start_date', '2025-01-01', 'end_date', null, 'programs', 'JHT,JKK,JKM,JP', 'status', 'aktif'), '${stamp}', 'BPN'
    FROM (SELECT i, md5(i::text) AS gid FROM generate_series(1, ${BRANCH.workers}) i) m`);
  // Every membership's first wage period travels too (issue 11's wage history).
  await pool.query(`
    INSERT INTO rows (entity, key, data, field_hlc, scope)
    SELECT 'membership_wage', key || '|2025-01', jsonb_build_object('membership_gid', key, 'from_month', '2025-01', 'wage', data->'wage', 'source', 'awal',
      'import_gid', null, 'recorded_at', '2025-01-01T00:00:00.000Z', 'recorded_by', 'system'), '${stamp}', 'BPN'
    FROM rows WHERE entity = 'membership'`);
  await pool.query(`INSERT INTO worker_scopes (nik, scope) SELECT key, 'BPN' FROM rows WHERE entity = 'worker'`);
  await pool.query(`
    INSERT INTO feed (scope, entity, key, rev, last_desk, echo_safe)
    SELECT 'BPN', entity, key, nextval('sync_rev'), 'bench', false FROM rows
    ORDER BY CASE entity WHEN 'employer' THEN 0 WHEN 'worker' THEN 1 WHEN 'membership' THEN 2 ELSE 3 END, key`);
  await pool.query('ANALYZE');
}

export async function runSyncBench(): Promise<void> {
  builtCli = await builtEntry('electron/cli/bin.ts', 'cli');
  const log = (line: string) => console.log(line);
  const cluster = await startPgCluster();
  const tmp = tempDir('sigap-sync-bench-');
  let server: ReturnType<typeof spawn> | null = null;
  try {
    const pgUrl = cluster.createDatabase('sigap_bench');
    const pool = new pg.Pool({ connectionString: pgUrl, max: 2 });
    const client = await pool.connect();
    await migrateServer(client);
    client.release();
    const t0 = Date.now();
    await seedBranch(pool);
    log(`central data: ${BRANCH.employers} employers, ${BRANCH.workers} workers and memberships (${((Date.now() - t0) / 1000).toFixed(1)} s to write)`);
    const size = await pool.query<{ mb: string }>(
      `SELECT round((pg_total_relation_size('rows') + pg_total_relation_size('feed') + pg_total_relation_size('worker_scopes')) / 1048576.0) AS mb`,
    );
    log(`central size for this branch (rows + feed + indexes): ${size.rows[0]!.mb} MB`);
    const deskB = await addDesk(pool, 'bench-b', 'BPN');
    const deskP = await addDesk(pool, 'bench-p', 'PBU');

    const port = await freePort();
    const [cmd, argv] = cli('server', 'start', '--pg', pgUrl, '--port', String(port));
    server = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'inherit'] });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      server!.stdout!.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /listening on (\S+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      server!.on('exit', (code) => reject(new Error(`server exited ${code}`)));
    });
    const serverPid = server.pid!;
    const idleRss = rssMb(serverPid);
    let peakRss = idleRss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(serverPid))), 100);

    const dbB = path.join(tmp.dir, 'b.db');
    timed('init', '--db', dbB, '--json');
    const pull = timed('sync', '--db', dbB, '--server', url, '--desk-key', deskB.key, '--json');
    clearInterval(sampler);
    const digest = timed('server', 'digest', '--branch', 'BPN', '--pg', pgUrl, '--json').json.digest;
    log(`first pull into an empty desk: ${pull.seconds.toFixed(1)} s (${pull.json.pulled} rows; digest ${pull.json.digest === digest ? 'equals' : 'DIFFERS FROM'} the server's)`);
    log(`server memory during the pull: ${idleRss.toFixed(0)} MB idle, ${peakRss.toFixed(0)} MB peak`);

    // 1,000 rows changed at this desk: one sync pushes them (and pulls nothing new).
    const Database = (await import('better-sqlite3')).default;
    const edit = new Database(dbB);
    registerAuditFunctions(edit);
    edit.prepare(`UPDATE memberships SET wage = wage + 1000 WHERE id IN (SELECT id FROM memberships ORDER BY id LIMIT 1000)`).run();
    edit.close();
    const push1000 = timed('sync', '--db', dbB, '--json');
    // 1,000 rows changed elsewhere: the server's feed moves them, this desk pulls them.
    await pool.query(`UPDATE rows SET data = jsonb_set(data, '{wage}', to_jsonb(5000000)) WHERE entity = 'membership' AND key IN (SELECT key FROM rows WHERE entity = 'membership' ORDER BY key DESC LIMIT 1000)`);
    await pool.query(`UPDATE feed SET rev = nextval('sync_rev'), last_desk = 'other' WHERE entity = 'membership' AND key IN (SELECT key FROM rows WHERE entity = 'membership' ORDER BY key DESC LIMIT 1000)`);
    const pull1000 = timed('sync', '--db', dbB, '--json');
    log(`sync of 1,000 changed rows: push ${push1000.seconds.toFixed(2)} s (${push1000.json.pushed} pushed), pull ${pull1000.seconds.toFixed(2)} s (${pull1000.json.pulled} pulled)`);

    // A 100,000-row roster imported at a desk of another branch, then pushed.
    const dbP = path.join(tmp.dir, 'p.db');
    timed('init', '--db', dbP, '--json');
    const roster = path.join(tmp.dir, 'roster.xlsx');
    generateRoster(roster);
    const emp = new Database(dbP);
    registerAuditFunctions(emp);
    emp.prepare(`INSERT INTO employers (npp, name, regency_code, scale, risk_group, programs, branch_code, created_at, updated_at)
      VALUES ('12345678', 'PT Roster Bench', '62.01', 'besar', 2, 'JHT,JKK,JKM,JP', 'PBU', '2026-01-01', '2026-01-01')`).run();
    emp.close();
    const imported = timed('import', 'roster', roster, '--employer', '12345678', '--db', dbP, '--json');
    const pushBig = timed('sync', '--db', dbP, '--server', url, '--desk-key', deskP.key, '--json');
    log(`push of a 100,000-row roster import: ${pushBig.seconds.toFixed(1)} s (${pushBig.json.pushed} changes; import itself ${imported.seconds.toFixed(1)} s)`);

    const verdict = (value: number, target: number) => (value <= target ? 'met' : 'MISSED');
    log('');
    log('| what | measured | target | |');
    log('|---|---|---|---|');
    log(`| first pull, ${BRANCH.workers.toLocaleString('en')} workers / ${BRANCH.employers.toLocaleString('en')} employers | ${pull.seconds.toFixed(1)} s | ≤ ${TARGETS.firstPullS} s | ${verdict(pull.seconds, TARGETS.firstPullS)} |`);
    log(`| sync pushing 1,000 changed rows | ${push1000.seconds.toFixed(2)} s | ≤ ${TARGETS.sync1000S} s | ${verdict(push1000.seconds, TARGETS.sync1000S)} |`);
    log(`| sync pulling 1,000 changed rows | ${pull1000.seconds.toFixed(2)} s | ≤ ${TARGETS.sync1000S} s | ${verdict(pull1000.seconds, TARGETS.sync1000S)} |`);
    log(`| push of a 100,000-row roster import | ${pushBig.seconds.toFixed(1)} s | ≤ ${TARGETS.push100kS} s | ${verdict(pushBig.seconds, TARGETS.push100kS)} |`);
    log(`| server RSS during the first pull | ${idleRss.toFixed(0)} → ${peakRss.toFixed(0)} MB | flat | |`);
    await pool.end();
  } finally {
    server?.kill('SIGTERM');
    tmp.remove();
    cluster.remove();
  }
}
