import pg from 'pg';
import { addDesk, revokeDesk } from '../../server/desks';
import { migrateServer } from '../../server/pg-schema';
import { scopeDigest } from '../../server/server-digest';
import { startSyncServer } from '../../server/sync-server';
import { requireOpt, stringOpt, UsageError, type CliIo, type ParsedArgs } from '../cli-context';

const print = (args: ParsedArgs, io: CliIo, value: unknown, text: string) => io.out(args.values.json ? JSON.stringify(value) : text);

async function withPool<T>(args: ParsedArgs, fn: (pool: pg.Pool) => Promise<T>): Promise<T> {
  const pool = new pg.Pool({ connectionString: requireOpt(args, 'pg'), max: 2 });
  try {
    return await fn(pool);
  } finally {
    await pool.end();
  }
}

/** Waits for SIGTERM/SIGINT: `server start` serves until told to stop. */
const untilSignal = () =>
  new Promise<void>((resolve) => {
    process.once('SIGTERM', resolve);
    process.once('SIGINT', resolve);
  });

/** `server init|desk add|desk revoke|start|digest` — the branch sync service (the only thing that talks to PostgreSQL). */
export async function serverCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const [, sub, third, fourth] = args.positionals;
  if (sub === 'init') {
    const result = await withPool(args, async (pool) => {
      const client = await pool.connect();
      try {
        return await migrateServer(client);
      } finally {
        client.release();
      }
    });
    print(args, io, result, `Skema pusat siap (versi ${result.from} → ${result.to}).`);
    return 0;
  }
  if (sub === 'desk' && third === 'add' && fourth) {
    const branch = requireOpt(args, 'branch');
    const result = await withPool(args, (pool) => addDesk(pool, fourth, branch));
    print(args, io, result, `Meja ${result.desk} terdaftar. Kunci (hanya ditampilkan sekali): ${result.key}`);
    return 0;
  }
  if (sub === 'desk' && third === 'revoke' && fourth) {
    const result = await withPool(args, (pool) => revokeDesk(pool, fourth));
    print(args, io, result, result.revoked ? `Kunci meja ${fourth} dicabut.` : `Meja ${fourth} tidak ada atau sudah dicabut.`);
    return 0;
  }
  if (sub === 'digest') {
    const branch = requireOpt(args, 'branch');
    const digest = await withPool(args, (pool) => scopeDigest(pool, { branch }));
    print(args, io, { branch, digest }, digest);
    return 0;
  }
  if (sub === 'start') {
    const port = Number(requireOpt(args, 'port'));
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port N');
    const host = stringOpt(args, 'host') ?? '127.0.0.1';
    const server = await startSyncServer({
      pgUrl: requireOpt(args, 'pg'),
      port,
      host,
      tlsCert: stringOpt(args, 'tls-cert'),
      tlsKey: stringOpt(args, 'tls-key'),
      insecureLan: args.values['insecure-lan'] === true,
    });
    const warning = args.values['insecure-lan'] && !stringOpt(args, 'tls-cert') ? ' (PERINGATAN: tanpa TLS di jaringan — kunci meja dan NIK terbaca di jalur)' : '';
    io.out(`Sigap server listening on ${server.url}${warning}`);
    await untilSignal();
    await server.close();
    return 0;
  }
  throw new UsageError('server init|desk add NAMA --branch KODE|*|desk revoke NAMA|start --port N|digest --branch KODE --pg URL');
}
