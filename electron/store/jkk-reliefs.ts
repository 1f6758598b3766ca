import type { JkkRelief } from '../../shared/rules/jkk-relief';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';

export function readJkkReliefs(db: Db): JkkRelief[] {
  return stmt(db, 'SELECT from_month AS fromMonth, to_month AS toMonth, discount_pct AS discountPct, source FROM jkk_reliefs ORDER BY from_month').all() as JkkRelief[];
}
