import fs from 'node:fs';
import path from 'node:path';
import type { Backend } from '../../backend';
import { actorOf } from '../../importer/actor';
import { annotatedWorkbook, runImport, type ImportRequest } from '../../importer/run-import';
import { undoImport } from '../../importer/undo-import';
import type { ImportResult } from '../../../shared/import/types';
import { importGapListsCommand, importWorkforceCommand } from './import-gap-lists';
import { undoListImport } from '../../lists/undo-list-import';
import { stringOpt, requireOpt, UsageError, type CliIo, type ParsedArgs } from '../cli-context';
import { readInputFile } from '../read-input-file';

const summary = (r: ImportResult): string =>
  `${r.dryRun ? 'Uji coba (tidak disimpan)' : `Impor #${r.importId}`}: sheet "${r.sheet}", judul di baris ${r.headerRow}; ` +
  `${r.totalRows} baris, ${r.accepted} diterima (${r.inserted} baru, ${r.updated} diperbarui), ${r.rejected} ditolak, ${r.skipped} dilewati.` +
  r.issues
    .slice(0, 50)
    .map((i) => `\n  baris ${i.row}${i.column ? ` [${i.column}]` : ''} ${i.severity === 'error' ? 'GALAT' : 'PERINGATAN'} ${i.code}: ${i.message}`)
    .join('');

/**
 * `import employers FILE --db DB [--dry-run] --json`
 * `import roster FILE --employer NPP --db DB [--dry-run] [--period YYYY-MM] [--sheet S] [--header-row N] [--annotated OUT.xlsx] --json`
 * `import undo ID --db DB --json`
 * `import undo-list ID --db DB --json` (an outside list, payroll or workforce import)
 */
export async function importCommand(backend: Backend, args: ParsedArgs, io: CliIo): Promise<number> {
  const what = args.positionals[1];
  if (what === 'prospects' || what === 'payroll') return importGapListsCommand(backend, args, io);
  if (what === 'workforce' && args.positionals[2]) return importWorkforceCommand(backend, args, io);
  if (what === 'funded' || what === 'undo-funded') return (await import('./segments')).importFundedCommand(backend, args, io);
  if (what === 'jakon' || what === 'undo-jakon') return (await import('./jakon-import')).importJakonCommand(backend, args, io);
  const ctx = backend.context();
  const user = actorOf(ctx);
  if (what === 'undo') {
    const id = Number(args.positionals[2]);
    if (!Number.isInteger(id) || id <= 0) throw new UsageError('import undo ID');
    const result = undoImport(backend.db, id, user);
    io.out(args.values.json ? JSON.stringify(result) : `Impor #${id} dibatalkan: ${result.removed} data dihapus, ${result.restored} dipulihkan.`);
    return 0;
  }
  if (what === 'undo-list') {
    const id = Number(args.positionals[2]);
    if (!Number.isInteger(id) || id <= 0) throw new UsageError('import undo-list ID');
    const result = undoListImport(backend.db, id, user);
    io.out(args.values.json ? JSON.stringify(result) : `Impor daftar #${id} dibatalkan: ${result.removed} data dihapus, ${result.restored} dipulihkan.`);
    return 0;
  }
  if (what !== 'roster' && what !== 'employers') throw new UsageError('import roster|employers|prospects|payroll|workforce|funded|jakon|undo|undo-list|undo-funded|undo-jakon');
  const file = args.positionals[2];
  if (!file) throw new UsageError('import roster|employers FILE');
  const headerRow = stringOpt(args, 'header-row');
  const req: ImportRequest = {
    kind: what,
    fileName: path.basename(file),
    bytes: readInputFile(file),
    npp: what === 'roster' ? requireOpt(args, 'employer') : undefined,
    period: stringOpt(args, 'period'),
    sheet: stringOpt(args, 'sheet'),
    headerRow: headerRow ? Number(headerRow) : undefined,
    dryRun: Boolean(args.values['dry-run']),
    user,
  };
  const annotatedOut = stringOpt(args, 'annotated');
  if (annotatedOut) {
    const { bytes } = await annotatedWorkbook(ctx, req);
    fs.writeFileSync(annotatedOut, bytes);
  }
  const result = await runImport(ctx, req);
  io.out(args.values.json ? JSON.stringify(result) : summary(result));
  return 0;
}
