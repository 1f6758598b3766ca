import { joinHandlers } from '../registry';
import { appHandlers } from './app';
import { auditExportHandlers } from './audit-export';
import { authHandlers } from './auth';
import { backupHandlers } from './backups';
import { employerHandlers } from './employers';
import { exportHandlers } from './exports';
import { gapHandlers } from './gaps';
import { importHandlers } from './imports';
import { jakonImportHandlers } from './jakon-imports';
import { jobHandlers } from './jobs';
import { listHandlers } from './lists';
import { membershipHandlers } from './memberships';
import { summaryHandlers } from './summary';
import { segmentHandlers } from './segments';
import { syncHandlers } from './sync';
import { workerHandlers } from './workers';

export const handlers = joinHandlers(appHandlers, authHandlers, auditExportHandlers, backupHandlers, employerHandlers, workerHandlers, importHandlers, jobHandlers, exportHandlers, gapHandlers, listHandlers, summaryHandlers, syncHandlers, segmentHandlers, jakonImportHandlers, membershipHandlers);
