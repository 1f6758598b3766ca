import type Database from 'better-sqlite3';
import { generateDemo, type DemoSummary } from './generate-demo';

export const DEMO_SIZE = { employers: 2000, workers: 60_000 } as const;

/** First run: an empty store gets the demo branch so a first look shows something real. */
export function seedDemoIfEmpty(db: Database.Database, log: (line: string) => void = () => {}): DemoSummary | null {
  const { n } = db.prepare('SELECT count(*) AS n FROM employers').get() as { n: number };
  if (n > 0) return null;
  log(`Menyiapkan data demo (${DEMO_SIZE.employers} perusahaan, ${DEMO_SIZE.workers} tenaga kerja)…`);
  return generateDemo(db, { ...DEMO_SIZE });
}
