import { buildAuditWorkbook } from '../../audit/audit-workbook';
import { logExport } from '../../exporter/exports';
import { actorOf } from '../../importer/actor';
import { listAudit } from '../../store/audit';
import { requirePermission } from '../../errors/app-error';
import type { HandlerGroup } from '../registry';

/** The newest entries first; a wider range is narrowed by date rather than sent as one huge file. */
export const AUDIT_EXPORT_MAX_ROWS = 50_000;

const MIME_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const auditExportHandlers: HandlerGroup<'audit-export'> = {
  'audit-export': (ctx, filter) => {
    // The trail holds NIKs and wages (before/after of workers and memberships): exporting it is for the branch head.
    requirePermission(ctx, 'personal-export');
    const user = actorOf(ctx);
    const { items, total } = listAudit(ctx.db, { ...filter, offset: 0, limit: AUDIT_EXPORT_MAX_ROWS });
    const fileName = `jejak-audit-${ctx.now().toISOString().slice(0, 10)}.xlsx`;
    const bytes = buildAuditWorkbook(items);
    // Worker rows carry NIK, membership rows carry wages: the export of the trail is itself personal data.
    const hasNik = items.some((e) => e.entity === 'worker');
    const hasWage = items.some((e) => e.entity === 'membership');
    logExport(ctx.db, { kind: 'audit', fileName, rows: items.length, hasNik, hasWage, user, mode: ctx.mode, detail: { total, filter } });
    return { fileName, mimeType: MIME_XLSX, dataBase64: bytes.toString('base64'), rows: items.length, total };
  },
};
