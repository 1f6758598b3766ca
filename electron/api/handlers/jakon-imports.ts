import { stmt } from '../../db/statements';
import { AppError, requirePermission } from '../../errors/app-error';
import { actorOf } from '../../importer/actor';
import { deleteUpload, readUpload } from '../../importer/uploads';
import { jakonAnnotated, runJakonImport, undoJakonImport } from '../../segments/jakon-import';
import { getJakonProject, jakonImports, jakonProjectWorkers } from '../../store/jakon-projects';
import type { HandlerGroup } from '../registry';

const IMPORT_ISSUE_PAGE = 500;

/** A Jakon project's page and its contractor's roster imports (issue 10 §3). */
export const jakonImportHandlers: HandlerGroup<'jakon-get' | 'jakon-import' | 'jakon-annotated' | 'jakon-undo'> = {
  'jakon-get': ({ db }, { id, limit }) => {
    const project = getJakonProject(db, id);
    if (!project) throw new AppError('JAKON_PROJECT_NOT_FOUND', { id });
    return { project, workers: jakonProjectWorkers(db, id, limit), imports: jakonImports(db, id) };
  },
  'jakon-import': async (ctx, a) => {
    const { fileName, bytes } = readUpload(ctx.db, a.uploadId);
    const result = await runJakonImport(ctx.db, { ...a, fileName, bytes, user: actorOf(ctx), today: ctx.now() });
    // UU 27/2022: the contractor's file holds NIKs; once committed it is no longer needed.
    if (!a.dryRun) deleteUpload(ctx.db, a.uploadId);
    return { ...result, issues: result.issues.slice(0, IMPORT_ISSUE_PAGE), issuesTotal: result.issues.length };
  },
  'jakon-annotated': async (ctx, a) => {
    const { fileName, bytes } = readUpload(ctx.db, a.uploadId);
    const out = await jakonAnnotated(ctx.db, { ...a, fileName, bytes, dryRun: true, user: actorOf(ctx), today: ctx.now() });
    return {
      fileName: out.fileName,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      dataBase64: Buffer.from(out.bytes).toString('base64'),
      rows: 0,
    };
  },
  'jakon-undo': (ctx, { importId }) => {
    const owner = stmt(ctx.db, 'SELECT user_name AS user FROM jakon_imports WHERE id = ?').get(importId) as { user: string } | undefined;
    if (owner && owner.user !== actorOf(ctx)) requirePermission(ctx, 'undo-others');
    return undoJakonImport(ctx.db, importId, actorOf(ctx));
  },
};
