import fs from 'node:fs';
import path from 'node:path';
import type { PayrollImportResult, ProspectImportResult } from '../../../shared/gaps/gap-api-types';
import { currentPeriod } from '../../../shared/gaps/period';
import type { WorkforceImportResult } from '../../../shared/lists/list-types';
import { AppError } from '../../errors/app-error';
import type { Backend } from '../../backend';
import { prospectSourceOf, readPayrollFile, readProspectFile, readWorkforceFile } from '../../lists/read-list-file';
import { requireOpt, stringOpt, unwrap, UsageError, type CliIo, type ParsedArgs } from '../cli-context';

function readBytes(file: string): Uint8Array {
  try {
    return new Uint8Array(fs.readFileSync(file));
  } catch {
    throw new AppError('FILE_NOT_FOUND', { file: path.basename(file) });
  }
}

async function importProspectsFile(backend: Backend, file: string, args: ParsedArgs) {
  const fileName = path.basename(file);
  const read = readProspectFile(readBytes(file), fileName);
  const source = prospectSourceOf(fileName, stringOpt(args, 'source'), read.sourceCell);
  const result = await unwrap<ProspectImportResult & { listImportId: number }>(backend, 'prospects-import', { source, fileName, rows: read.rows });
  return { ...result, warnings: read.warnings };
}

async function importPayrollFile(backend: Backend, file: string, args: ParsedArgs) {
  const npp = requireOpt(args, 'employer');
  const period = stringOpt(args, 'period') ?? currentPeriod(new Date());
  const fileName = path.basename(file);
  const read = readPayrollFile(readBytes(file), fileName);
  const result = await unwrap<PayrollImportResult & { listImportId: number }>(backend, 'payroll-import', { npp, period, fileName, rows: read.rows });
  return { ...result, warnings: read.warnings };
}

/**
 * `import prospects FILE --db DB [--source PTSP|OSS|WLKP] --json`
 * `import payroll FILE --employer NPP [--period YYYY-MM] --db DB --json`
 * Each is recorded as a list import (`listImportId` in the JSON) that `import undo-list ID` takes back.
 */
export async function importGapListsCommand(backend: Backend, args: ParsedArgs, io: CliIo): Promise<number> {
  const what = args.positionals[1];
  const file = args.positionals[2];
  if ((what !== 'prospects' && what !== 'payroll') || !file) throw new UsageError('import prospects|payroll FILE');
  if (what === 'prospects') {
    const r = await importProspectsFile(backend, file, args);
    io.out(
      args.values.json
        ? JSON.stringify(r)
        : `Impor daftar #${r.listImportId}: ${r.imported} dari ${r.received} baris disimpan (${r.source}); ${r.pwbd} belum terdaftar (PWBD), ` +
            `${r.matched.NIB + r.matched.NPWP + r.matched.NAMA} sudah terdaftar; ${r.skipped.length} dilewati.`,
    );
    return 0;
  }
  const r = await importPayrollFile(backend, file, args);
  io.out(
    args.values.json
      ? JSON.stringify(r)
      : `Impor daftar #${r.listImportId}: daftar gaji ${r.npp} ${r.period}, ${r.imported} orang disimpan; ${r.skipped.length + r.warnings.length} baris dilewati.`,
  );
  return 0;
}

/**
 * `import workforce FILE --db DB [--json]`: employed-population figures (BPS Sakernas or a regency's own) by
 * province or regency, with year and source; saved all or nothing, replacing the figure of the same area and year.
 */
export async function importWorkforceCommand(backend: Backend, args: ParsedArgs, io: CliIo): Promise<number> {
  const file = args.positionals[2]!;
  const fileName = path.basename(file);
  const read = readWorkforceFile(readBytes(file), fileName);
  const rows = read.rows.map(({ areaText, ...r }) => ({ ...r, areaCode: areaText }));
  const result = await unwrap<WorkforceImportResult & { listImportId: number }>(backend, 'workforce-import', { fileName, rows });
  io.out(args.values.json ? JSON.stringify(result) : `Impor daftar #${result.listImportId}: ${result.saved} angka angkatan kerja disimpan.`);
  return 0;
}
