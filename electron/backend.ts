import type { Result } from '../shared/api/result';
import type { HandlerContext } from './api/context';
import { handlers } from './api/handlers/index';
import { dispatch } from './api/registry';
import { openDatabase, type Db } from './db/open';

/** The store plus the handlers: what every host (IPC, HTTP, CLI) serves. */
export interface Backend {
  db: Db;
  call(name: string, arg: unknown): Promise<Result<unknown>>;
  close(): void;
}

export function createBackend(dbFile: string, mode: HandlerContext['mode'], now: () => Date = () => new Date()): Backend {
  const db = openDatabase(dbFile);
  const ctx: HandlerContext = { db, mode, now };
  return {
    db,
    call: (name, arg) => dispatch(handlers, ctx, name, arg),
    close: () => db.close(),
  };
}
