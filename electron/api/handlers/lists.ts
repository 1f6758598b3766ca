import type { ListImportOutcome } from '../../../shared/lists/list-types';
import { normaliseNpp } from '../../../shared/validate/npp';
import { actorOf } from '../../importer/actor';
import { readListInWorker } from '../../importer/run-in-worker';
import { deleteUpload, readUpload } from '../../importer/uploads';
import { commitListImport, type ListCommitInput } from '../../lists/commit-list';
import { getListImport, listListImports } from '../../lists/list-import-store';
import { prospectSourceOf } from '../../lists/read-list-file';
import { undoListImport } from '../../lists/undo-list-import';
import { requirePermission } from '../../errors/app-error';
import type { HandlerGroup } from '../registry';

/** Outside lists uploaded in the app: read in the parse worker, written (or dry-run) as one undoable import. */
export const listHandlers: HandlerGroup<'lists-import' | 'lists-history' | 'lists-undo'> = {
  'lists-import': async (ctx, arg): Promise<ListImportOutcome> => {
    requirePermission(ctx, arg.kind === 'workforce' ? 'reference' : 'enter');
    const { fileName, bytes } = readUpload(ctx.db, arg.uploadId);
    const file = await readListInWorker({ bytes: new Uint8Array(bytes), fileName, listKind: arg.kind });
    const common = { fileName, user: actorOf(ctx), dryRun: arg.dryRun, today: ctx.now() };
    const input: ListCommitInput =
      file.kind === 'prospects'
        ? { ...common, kind: 'prospects', source: prospectSourceOf(fileName, arg.source, file.sourceCell), rows: file.rows }
        : file.kind === 'payroll'
          ? { ...common, kind: 'payroll', npp: normaliseNpp(arg.npp ?? ''), period: arg.period!, rows: file.rows }
          : { ...common, kind: 'workforce', rows: file.rows.map(({ areaText, ...r }) => ({ ...r, area: areaText })) };
    const { listImportId, result } = commitListImport(ctx.db, input);
    // UU 27/2022: a payroll holds NIKs and wages; once saved, the uploaded copy is no longer needed.
    if (!arg.dryRun) deleteUpload(ctx.db, arg.uploadId);
    return { ...result, listImportId, dryRun: arg.dryRun, fileName, sheet: file.sheet, headerRow: file.headerRow, warnings: file.warnings };
  },
  'lists-history': ({ db }, { kind, offset, limit }) => ({ ...listListImports(db, kind ?? null, offset, limit), offset, limit }),
  'lists-undo': (ctx, { listImportId }) => {
    const imp = getListImport(ctx.db, listImportId);
    requirePermission(ctx, imp?.kind === 'workforce' ? 'reference' : 'enter');
    if (imp && imp.user_name !== actorOf(ctx)) requirePermission(ctx, 'undo-others');
    return undoListImport(ctx.db, listImportId, actorOf(ctx));
  },
};
