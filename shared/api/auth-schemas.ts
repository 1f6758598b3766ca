import { z } from 'zod';
import { requiredText, text } from './fields';
import { ROLES } from '../domain/staff';

const username = text(40).min(3).max(40).regex(/^[a-zA-Z0-9._-]+$/, 'a-z 0-9 . _ -');
// A secret is hashed, never shown or exported: it is taken exactly as typed (the hash NFKC-normalises it).
const password = z.string().min(1).max(200);
const auditFilter = z.object({
  since: text(30).optional(),
  until: text(30).optional(),
  actor: text(40).optional(),
  action: text(30).optional(),
  entity: text(30).optional(),
});

export const authSchemas = {
  'auth-status': z.object({}).default({}),
  'auth-setup': z.object({ username, displayName: requiredText(100), password }),
  'auth-signin': z.object({ username: requiredText(40), password }),
  'auth-signout': z.object({}).default({}),
  'staff-list': z.object({}).default({}),
  'staff-save': z.object({
    mode: z.enum(['create', 'update']),
    username,
    displayName: requiredText(100),
    role: z.enum(ROLES),
    active: z.boolean().default(true),
    password: password.optional(),
    /** Branch code; null clears it; absent keeps what the account has (creating: none). */
    homeBranch: text(10).nullable().optional(),
  }),
  'backups-list': z.object({}).default({}),
  'backups-create': z.object({}).default({}),
  // The confirmation is part of the contract: a restore replaces everything entered since the backup.
  'backups-restore': z.object({ name: text(130), confirm: z.literal(true) }),
  'audit-list': auditFilter.extend({
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(200),
  }),
  // The same filter as the list, so the file holds what the screen shows.
  'audit-export': auditFilter,
} as const;
