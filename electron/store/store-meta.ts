import type { Db } from '../db/connection';
import { stmt } from '../db/statements';

/** True once any account was ever created in this store (or in the store a restore replaced). */
export function accountsExisted(db: Db): boolean {
  return stmt(db, `SELECT count(*) FROM store_meta WHERE key = 'accounts_existed'`).pluck().get() === 1;
}

export function markAccountsExisted(db: Db): void {
  stmt(db, `INSERT OR IGNORE INTO store_meta (key, value) VALUES ('accounts_existed', '1')`).run();
}
