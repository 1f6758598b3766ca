import { z } from 'zod';
import { requiredText, text } from './fields';

export const syncSchemas = {
  'sync-status': z.object({}).default({}),
  'sync-run': z.object({}).default({}),
  'sync-configure': z.object({
    serverUrl: text(300).refine((u) => /^https?:\/\/[^\s/]+/.test(u), 'http(s)://alamat:port'),
    deskKey: requiredText(200).min(10),
  }),
  'conflicts-list': z.object({ includeResolved: z.boolean().default(false) }).default({ includeResolved: false }),
  'conflicts-resolve': z.object({ id: requiredText(80), keep: z.enum(['local', 'remote']) }),
};
