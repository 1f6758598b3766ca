import type { Db } from '../db/open';

/** What every handler gets: the store and who is asking from where. */
export interface HandlerContext {
  db: Db;
  mode: 'electron' | 'browser' | 'cli';
  /** Injected so tests can pin "today" (NIK century, default periods). */
  now: () => Date;
}
