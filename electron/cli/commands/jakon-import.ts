import fs from 'node:fs';
import path from 'node:path';
import type { Backend } from '../../backend';
import { AppError } from '../../errors/app-error';
import { actorOf } from '../../importer/actor';
import { jakonAnnotated, runJakonImport, undoJakonImport } from '../../segments/jakon-import';
import { jakonProjectIdOf } from '../../store/jakon-projects';
import { requireOpt, stringOpt, UsageError, type CliIo, type ParsedArgs } from '../cli-context';
import { readInputFile } from '../read-input-file';

/** `import jakon FILE --project GID|ID [--dry-run] [--sheet S] [--header-row N] [--annotated OUT.xlsx]`; `import undo-jakon ID` */
export async function importJakonCommand(backend: Backend, args: ParsedArgs, io: CliIo): Promise<number> {
  const ctx = backend.context();
  const out = (value: unknown, text: string) => io.out(args.values.json ? JSON.stringify(value) : text);
  if (args.positionals[1] === 'undo-jakon') {
    const id = Number(args.positionals[2]);
    if (!Number.isInteger(id) || id <= 0) throw new UsageError('import undo-jakon ID');
    const r = undoJakonImport(ctx.db, id, actorOf(ctx));
    out(r, `Impor daftar pekerja proyek #${id} dibatalkan: ${r.removed} data dihapus.`);
    return 0;
  }
  const file = args.positionals[2];
  if (!file) throw new UsageError('import jakon FILE --project GID|ID');
  const ref = requireOpt(args, 'project');
  const projectId = jakonProjectIdOf(ctx.db, ref);
  if (projectId === null) throw new AppError('JAKON_PROJECT_NOT_FOUND', { id: ref.slice(0, 40) });
  const headerRow = stringOpt(args, 'header-row');
  const req = {
    projectId,
    fileName: path.basename(file),
    bytes: readInputFile(file),
    sheet: stringOpt(args, 'sheet'),
    headerRow: headerRow ? Number(headerRow) : undefined,
    dryRun: Boolean(args.values['dry-run']),
    user: actorOf(ctx),
    today: ctx.now(),
  };
  const annotatedOut = stringOpt(args, 'annotated');
  if (annotatedOut) fs.writeFileSync(annotatedOut, (await jakonAnnotated(ctx.db, req)).bytes);
  const r = await runJakonImport(ctx.db, req);
  const text =
    `${r.dryRun ? 'Uji coba (tidak disimpan)' : `Impor #${r.importId}`}: sheet "${r.sheet}", judul di baris ${r.headerRow}; ` +
    `${r.totalRows} baris, ${r.accepted} diterima (${r.inserted} baru, ${r.unchanged} sudah di proyek), ${r.rejected} ditolak, ${r.skipped} dilewati.` +
    r.issues.slice(0, 50).map((i) => `\n  baris ${i.row}${i.column ? ` [${i.column}]` : ''} ${i.severity === 'error' ? 'GALAT' : 'PERINGATAN'} ${i.code}: ${i.message}`).join('');
  out(r, text);
  return 0;
}
