import { buildAuditWorkbook } from '../../audit/audit-workbook';
import { stmt } from '../../db/statements';
import { actorOf } from '../../importer/actor';
import { appendAudit, listAudit } from '../../store/audit';
import type { HandlerGroup } from '../registry';

/** The newest entries first; a wider range is narrowed by date rather than sent as one huge file. */
export const AUDIT_EXPORT_MAX_ROWS = 50_000;

const MIME_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const auditExportHandlers: HandlerGroup<'audit-export'> = {
  'audit-export': (ctx, filter) => {
    const user = actorOf(ctx);
    const { items, total } = listAudit(ctx.db, { ...filter, offset: 0, limit: AUDIT_EXPORT_MAX_ROWS });
    const fileName = `jejak-audit-${ctx.now().toISOString().slice(0, 10)}.xlsx`;
    const bytes = buildAuditWorkbook(items);
    // Worker rows carry NIK, membership rows carry wages: the export of the trail is itself personal data.
    const hasNik = items.some((e) => e.entity === 'worker');
    const hasWage = items.some((e) => e.entity === 'membership');
    ctx.db.transaction(() => {
      stmt(
        ctx.db,
        `INSERT INTO export_log (kind, npp, file_name, row_count, has_nik, has_wage, user_name, mode, created_at)
         VALUES ('audit', NULL, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(fileName, items.length, hasNik ? 1 : 0, hasWage ? 1 : 0, user, ctx.mode, new Date().toISOString());
      appendAudit(ctx.db, { action: 'export', entity: 'audit', actor: user, detail: { fileName, rows: items.length, total, filter, hasNik, hasWage } });
    })();
    return { fileName, mimeType: MIME_XLSX, dataBase64: bytes.toString('base64'), rows: items.length, total };
  },
};
