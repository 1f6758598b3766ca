import type { ImportPreview, ImportProgress } from '../../../shared/import/types';
import { normaliseNpp } from '../../../shared/validate/npp';
import { actorOf } from '../../importer/actor';
import { getImport, listImports } from '../../importer/import-store';
import { IMPORT_LIMITS } from '../../importer/limits';
import { annotatedWorkbook, checkImport, previewImportHeader, runImport, type ImportRequest } from '../../importer/run-import';
import { undoImport } from '../../importer/undo-import';
import { deleteUpload, uploadInfo, putUpload, readUpload } from '../../importer/uploads';
import { requirePermission } from '../../errors/app-error';
import type { HandlerContext } from '../context';
import type { HandlerGroup } from '../registry';
import type { ApiParsedArg } from '../../../shared/api/contract';

type Source = ApiParsedArg<'imports-annotated'>;

/** Progress of the running parse per upload, for the UI to poll (both transports are request/response). */
const progress = new Map<string, ImportProgress>();

/** The importer's request for an upload and the wizard's choices. */
export function importRequest(ctx: HandlerContext, src: Source, dryRun: boolean): ImportRequest {
  const { fileName, bytes } = readUpload(ctx.db, src.uploadId);
  return {
    kind: src.kind,
    fileName,
    bytes,
    npp: src.npp,
    period: src.period,
    sheet: src.sheet,
    headerRow: src.headerRow,
    mapping: src.mapping,
    corrections: src.corrections,
    dryRun,
    user: actorOf(ctx),
    onProgress: (p) => progress.set(src.uploadId, p),
  };
}

export const importHandlers: HandlerGroup<
  'uploads-put' | 'uploads-info' | 'imports-preview' | 'imports-commit' | 'imports-progress' | 'imports-list' | 'imports-undo' | 'imports-annotated'
> = {
  'uploads-put': ({ db, now }, { fileName, dataBase64 }) => putUpload(db, fileName, dataBase64, now()),
  'uploads-info': ({ db }, { uploadId }) => uploadInfo(db, uploadId),
  'imports-preview': async (ctx, arg) => {
    const req = importRequest(ctx, arg, true);
    if (arg.headerOnly) return previewImportHeader(ctx, req);
    try {
      const checked = await checkImport(ctx, req);
      const { parsed, issues, rejectedRows } = checked;
      const filtered = arg.severity ? issues.filter((i) => i.severity === arg.severity) : issues;
      const accepted = (arg.kind === 'roster' ? parsed.roster.length : parsed.employers.length) - rejectedRows.size;
      const preview: ImportPreview = {
        ...parsed.preview,
        totalRows: parsed.totalRows,
        accepted,
        rejected: parsed.rejected + rejectedRows.size,
        skipped: parsed.skipped,
        warnings: issues.filter((i) => i.severity === 'warning').length,
        issues: filtered.slice(arg.offset, arg.offset + Math.min(arg.limit, IMPORT_LIMITS.maxIssuesPerPage)),
        issuesTotal: filtered.length,
      };
      return preview;
    } finally {
      progress.set(arg.uploadId, { phase: 'done', done: 0, total: 0 });
    }
  },
  'imports-commit': async (ctx, arg) => {
    const result = await runImport(ctx, importRequest(ctx, arg, arg.dryRun));
    // UU 27/2022: the source file holds NIKs and wages; once committed it is no longer needed.
    if (!arg.dryRun) {
      deleteUpload(ctx.db, arg.uploadId);
      progress.delete(arg.uploadId);
    }
    const issuesTotal = result.issues.length;
    return { ...result, issues: result.issues.slice(0, IMPORT_LIMITS.maxIssuesPerPage), issuesTotal };
  },
  'imports-progress': (_ctx, { uploadId }) => progress.get(uploadId) ?? null,
  'imports-list': ({ db }, { npp, kind, offset, limit }) => ({ ...listImports(db, npp ? normaliseNpp(npp) : null, kind ?? null, offset, limit), offset, limit }),
  'imports-undo': (ctx, { importId }) => {
    const owner = getImport(ctx.db, importId)?.user_name;
    if (owner && owner !== actorOf(ctx)) requirePermission(ctx, 'undo-others');
    return undoImport(ctx.db, importId, actorOf(ctx));
  },
  'imports-annotated': async (ctx, arg) => {
    const { bytes, fileName } = await annotatedWorkbook(ctx, importRequest(ctx, arg, true));
    return {
      fileName,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      dataBase64: Buffer.from(bytes).toString('base64'),
      rows: 0,
    };
  },
};
