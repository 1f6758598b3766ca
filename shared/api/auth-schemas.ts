import { z } from 'zod';
import { ROLES } from '../domain/staff';

const username = z.string().trim().min(3).max(40).regex(/^[a-zA-Z0-9._-]+$/, 'a-z 0-9 . _ -');
const password = z.string().min(1).max(200);
const auditFilter = z.object({
  since: z.string().max(30).optional(),
  until: z.string().max(30).optional(),
  actor: z.string().max(40).optional(),
  action: z.string().max(30).optional(),
  entity: z.string().max(30).optional(),
});

export const authSchemas = {
  'auth-status': z.object({}).default({}),
  'auth-setup': z.object({ username, displayName: z.string().trim().min(1).max(100), password }),
  'auth-signin': z.object({ username: z.string().trim().min(1).max(40), password }),
  'auth-signout': z.object({}).default({}),
  'staff-list': z.object({}).default({}),
  'staff-save': z.object({
    mode: z.enum(['create', 'update']),
    username,
    displayName: z.string().trim().min(1).max(100),
    role: z.enum(ROLES),
    active: z.boolean().default(true),
    password: password.optional(),
  }),
  'backups-list': z.object({}).default({}),
  'backups-create': z.object({}).default({}),
  // The confirmation is part of the contract: a restore replaces everything entered since the backup.
  'backups-restore': z.object({ name: z.string().max(130), confirm: z.literal(true) }),
  'audit-list': auditFilter.extend({
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(200),
  }),
  // The same filter as the list, so the file holds what the screen shows.
  'audit-export': auditFilter,
} as const;
