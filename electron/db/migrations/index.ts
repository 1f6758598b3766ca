import { coreSchema } from './0001-core';
import { referenceData } from './0002-reference-data';
import { importsSchema } from './0003-imports';
import { gapsSchema } from './0004-gaps';
import { staffAndAudit } from './0005-staff-audit';
import { listImports } from './0006-list-imports';
import { ruleCorrections } from './0007-rule-corrections';
import { auditChain } from './0008-audit-chain';
import { syncSchema } from './0009-sync';
import { segmentsSchema } from './0010-segments';
import { membershipHistory } from './0011-membership-history';
import { syncSegments } from './0012-sync-segments';
import { jakonRoster } from './0013-jakon-roster';
import { staffHomeBranch } from './0014-staff-home-branch';
import { syncHomeBranch } from './0015-sync-home-branch';
import { searchIndexes } from './0016-search-indexes';
import type { Migration } from './migration';

/** Every schema step in order. Append only; never edit a step that has shipped. */
export const migrations: readonly Migration[] = [
  coreSchema, referenceData, importsSchema, gapsSchema, staffAndAudit, listImports, ruleCorrections, auditChain, syncSchema, segmentsSchema,
  membershipHistory, syncSegments, jakonRoster, staffHomeBranch, syncHomeBranch, searchIndexes,
];
