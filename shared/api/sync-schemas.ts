import { z } from 'zod';

export const syncSchemas = {
  'sync-status': z.object({}).default({}),
  'sync-run': z.object({}).default({}),
  'sync-configure': z.object({
    serverUrl: z
      .string()
      .trim()
      .max(300)
      .refine((u) => /^https?:\/\/[^\s/]+/.test(u), 'http(s)://alamat:port'),
    deskKey: z.string().trim().min(10).max(200),
  }),
  'conflicts-list': z.object({ includeResolved: z.boolean().default(false) }).default({ includeResolved: false }),
  'conflicts-resolve': z.object({ id: z.string().min(1).max(80), keep: z.enum(['local', 'remote']) }),
};
