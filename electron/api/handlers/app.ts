import { schemaVersion } from '../../db/migrate';
import { countEmployers } from '../../store/employers';
import { countActiveMemberships } from '../../store/memberships';
import { readReferenceBundle } from '../../store/reference';
import { countWorkers } from '../../store/workers';
import { APP_VERSION } from '../../app-version';
import type { HandlerGroup } from '../registry';

export const appHandlers: HandlerGroup<'app-info' | 'reference-get'> = {
  'app-info': ({ db, mode, auditChain }) => ({
    version: APP_VERSION,
    mode,
    schemaVersion: schemaVersion(db),
    counts: { employers: countEmployers(db), workers: countWorkers(db), activeMemberships: countActiveMemberships(db) },
    auditChain: auditChain?.() ?? null,
  }),
  'reference-get': ({ db }) => readReferenceBundle(db),
};
