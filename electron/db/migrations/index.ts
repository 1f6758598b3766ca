import { coreSchema } from './0001-core';
import { referenceData } from './0002-reference-data';
import { importsSchema } from './0003-imports';
import { gapsSchema } from './0004-gaps';
import { staffAndAudit } from './0005-staff-audit';
import { listImports } from './0006-list-imports';
import { ruleCorrections } from './0007-rule-corrections';
import { auditChain } from './0008-audit-chain';
import { syncSchema } from './0009-sync';
import { searchIndexes } from './0014-search-indexes';
import type { Migration } from './migration';

/** Every schema step in order. Append only; never edit a step that has shipped. */
export const migrations: readonly Migration[] = [coreSchema, referenceData, importsSchema, gapsSchema, staffAndAudit, listImports, ruleCorrections, auditChain, syncSchema, searchIndexes];
