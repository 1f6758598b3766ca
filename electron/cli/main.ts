import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../errors/app-error';
import { runAs } from '../audit/actor';
import type { Backend } from '../backend';
import { defaultDbFile, openDatabase } from '../db/open';
import { EXIT, stringOpt, UsageError, type CliIo, type ParsedArgs } from './cli-context';
import type { StoreOnly } from './commands/sync';

type Command = (backend: Backend, args: ParsedArgs, io: CliIo) => Promise<number>;

// Commands load on demand: a quick command (a sync every few minutes) must not pay for the importer,
// the exporters and the PDF printer at start-up.
const COMMANDS: Record<string, () => Promise<Command>> = {
  init: async () => (await import('./commands/init')).initCommand,
  list: async () => (await import('./commands/list')).listCommand,
  backup: async () => (await import('./commands/backup')).backupCommand,
  audit: async () => (await import('./commands/audit')).auditCommand,
  staff: async () => (await import('./commands/staff')).staffCommand,
  import: async () => (await import('./commands/import')).importCommand,
  export: async () => (await import('./commands/export')).exportCommand,
  gaps: async () => (await import('./commands/gaps')).gapsCommand,
  summary: async () => (await import('./commands/summary')).summaryCommand,
  programme: async () => (await import('./commands/segments')).programmeCommand,
  bpu: async () => (await import('./commands/segments')).bpuCommand,
  jakon: async () => (await import('./commands/segments')).jakonCommand,
  membership: async () => (await import('./commands/membership')).membershipCommand,
};

/** Commands that need the store but none of the handlers: they open it themselves. */
const STORE_COMMANDS: Record<string, () => Promise<(store: StoreOnly, args: ParsedArgs, io: CliIo) => Promise<number>>> = {
  sync: async () => (await import('./commands/sync')).syncCommand,
  conflicts: async () => (await import('./commands/sync')).conflictsCommand,
};

/** Commands that manage the store file itself and must not hold it open. */
const FILE_COMMANDS: Record<string, () => Promise<(args: ParsedArgs, io: CliIo) => Promise<number>>> = {
  restore: async () => (await import('./commands/backup')).restoreCommand,
  server: async () => (await import('./commands/server')).serverCommand,
};

const USAGE = `Pemakaian: sigap <perintah> [opsi]
  init --db FILE [--demo]
  list employers|workers [--employer NPP] --db FILE [--json]
  backup --db FILE --out CADANGAN.db
  restore CADANGAN.db --db FILE
  audit --db FILE [--since YYYY-MM-DD] [--json]
  audit verify --db FILE [--json]   (rantai hash jejak audit; keluar 1 bila putus)
  staff add NAMA_PENGGUNA --role petugas|kepala_cabang|admin [--name "Nama"] [--branch KODE] --db FILE  (kata sandi: SIGAP_NEW_PASSWORD)
  staff list --db FILE [--json]
  import employers FILE --db FILE [--dry-run] [--json]
  import roster FILE --employer NPP --db FILE [--dry-run] [--period YYYY-MM] [--sheet NAMA] [--header-row N] [--annotated HASIL.xlsx] [--json]
  import undo ID --db FILE [--json]
  export workers|employers --db FILE [--employer NPP] [--branch KODE] --out FILE.xlsx [--json]
  import prospects FILE --db FILE [--source PTSP|OSS|WLKP] [--json]
  import payroll FILE --employer NPP --db FILE [--period YYYY-MM] [--json]
  import workforce FILE --db FILE [--json]   (Wilayah, Tahun, Penduduk bekerja, Sumber, Resmi)
  import undo-list ID --db FILE [--json]   (ID: listImportId dari impor prospects/payroll/workforce)
  gaps --db FILE [--branch KODE|NAMA] [--period YYYY-MM] [--json]
  export gaps --db FILE [--branch KODE|NAMA] [--period YYYY-MM] --out FILE.xlsx [--json]
  summary --db FILE --branch KODE|NAMA|--province KODE|NAMA [--period YYYY-MM] --out FILE.pdf [--xlsx FILE.xlsx] [--json]
  membership wage --nik N --employer NPP --wage RP --from YYYY-MM --db FILE [--json]
  membership end --nik N --employer NPP --date YYYY-MM-DD --reason resign|contract_ended|dismissed|died|retired|moved --db FILE [--json]
  membership move --nik N --from NPP --to NPP --date YYYY-MM-DD --db FILE [--json]
  sync --db FILE [--server URL --desk-key KUNCI] [--json]
  conflicts --db FILE [--all] [--json] | conflicts resolve ID --keep local|remote --db FILE
  server init --pg URL | server desk add NAMA --branch KODE|* --pg URL | server desk revoke NAMA --pg URL
  server start --pg URL --port N [--host ADDR] [--tls-cert F --tls-key F] [--insecure-lan]
  server digest --branch KODE|* --pg URL [--json]
  programme add --funder NAMA --regency KODE --year YYYY --name TEKS --quota N [--months YYYY-MM..YYYY-MM] [--monthly 16800] [--tranche murni|perubahan] --db FILE [--json]
  programme list --db FILE [--json]
  import funded FILE --programme ID --db FILE [--dry-run] [--annotated HASIL.xlsx] [--json]
  import undo-funded ID --db FILE [--json]
  list funded --programme ID --db FILE [--json]
  bpu enrol --nik N --name TEKS --birth-date YYYY-MM-DD --income RP --programs JKK,JKM[,JHT] [--interval 1|3|6|12] [--occupation TEKS] [--start YYYY-MM-DD] --db FILE [--json]
  jakon add --name TEKS --contractor NPP --value RP --regency KODE --spk-date YYYY-MM-DD [--start YYYY-MM-DD --end YYYY-MM-DD] [--owner pemerintah|bumn|swasta] --db FILE [--json]
  jakon list --db FILE [--json]
  import jakon FILE --project GID|ID --db FILE [--dry-run] [--annotated HASIL.xlsx] [--json]
  import undo-jakon ID --db FILE [--json]
Opsi umum: --db FILE (bawaan: $SIGAP_DATA_DIR/sigap.db), --json, --user NAMA`;

const OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean' },
  demo: { type: 'boolean' },
  employer: { type: 'string' },
  employers: { type: 'string' },
  workers: { type: 'string' },
  seed: { type: 'string' },
  query: { type: 'string' },
  user: { type: 'string' },
  role: { type: 'string' },
  name: { type: 'string' },
  out: { type: 'string' },
  period: { type: 'string' },
  branch: { type: 'string' },
  since: { type: 'string' },
  'dry-run': { type: 'boolean' },
  sheet: { type: 'string' },
  'header-row': { type: 'string' },
  annotated: { type: 'string' },
  source: { type: 'string' },
  province: { type: 'string' },
  xlsx: { type: 'string' },
  pg: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  'tls-cert': { type: 'string' },
  'tls-key': { type: 'string' },
  'insecure-lan': { type: 'boolean' },
  server: { type: 'string' },
  'desk-key': { type: 'string' },
  keep: { type: 'string' },
  all: { type: 'boolean' },
  funder: { type: 'string' },
  regency: { type: 'string' },
  year: { type: 'string' },
  quota: { type: 'string' },
  months: { type: 'string' },
  monthly: { type: 'string' },
  tranche: { type: 'string' },
  programme: { type: 'string' },
  project: { type: 'string' },
  nik: { type: 'string' },
  'birth-date': { type: 'string' },
  income: { type: 'string' },
  programs: { type: 'string' },
  interval: { type: 'string' },
  occupation: { type: 'string' },
  contractor: { type: 'string' },
  value: { type: 'string' },
  'spk-date': { type: 'string' },
  start: { type: 'string' },
  end: { type: 'string' },
  owner: { type: 'string' },
  wage: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  date: { type: 'string' },
  reason: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs one CLI invocation; returns the exit code. Coded failures print `{ "error": { code, message } }`. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let args: ParsedArgs;
  try {
    args = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : error}\n${USAGE}`);
    return EXIT.usage;
  }
  const name = args.positionals[0] ?? '';
  const command = COMMANDS[name];
  const storeCommand = STORE_COMMANDS[name];
  const fileCommand = FILE_COMMANDS[name];
  if ((!command && !storeCommand && !fileCommand) || args.values.help) {
    io.err(USAGE);
    return args.values.help ? EXIT.ok : EXIT.usage;
  }
  let close: (() => void) | null = null;
  try {
    const dbFile = (args.values.db as string | undefined) ?? defaultDbFile();
    const user = stringOpt(args, 'user') ?? 'system';
    if (fileCommand) return await (await fileCommand())(args, io);
    if (storeCommand) {
      const run = await storeCommand();
      const db = openDatabase(dbFile);
      close = () => db.close();
      return await runAs(user, () => run({ db, file: path.resolve(dbFile) }, args, io));
    }
    const run = await command!();
    const { createBackend } = await import('../backend');
    const backend = createBackend(dbFile, 'cli', { cliUser: stringOpt(args, 'user') });
    close = () => backend.close();
    return await runAs(user, () => run(backend, args, io));
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n${USAGE}`);
      return EXIT.usage;
    }
    const coded = error instanceof AppError ? error : new AppError('INTERNAL');
    if (!(error instanceof AppError)) io.err(String(error instanceof Error ? error.stack : error));
    io.out(JSON.stringify({ error: coded.toApiError() }));
    return coded.code === 'FILE_UNREADABLE' || coded.code.startsWith('FILE_') ? EXIT.unreadableInput : EXIT.failed;
  } finally {
    close?.();
  }
}
