import { nameWords } from '../../electron/db/name-words';

interface Reader {
  prepare(sql: string): { all(...params: unknown[]): unknown[] };
}

const sorted = (xs: string[]): string[] => [...xs].sort();

/** The word index as stored, and as the workers' names say it should be: equal when the index is intact. */
export function nameWordsIndex(db: Reader): { stored: string[]; expected: string[] } {
  const stored = (db.prepare('SELECT word, sort_name, worker_id FROM worker_name_words').all() as { word: string; sort_name: string; worker_id: number }[]).map(
    (r) => `${r.word}|${r.sort_name}|${r.worker_id}`,
  );
  const expected = (db.prepare('SELECT id, name FROM workers').all() as { id: number; name: string }[]).flatMap((w) =>
    [...new Set(nameWords(w.name))].map((word) => `${word}|${w.name.replace(/[A-Z]+/g, (s) => s.toLowerCase())}|${w.id}`),
  );
  return { stored: sorted(stored), expected: sorted(expected) };
}

/** The ids of the people whose name has the word `word` (whole word, as the index keeps it). */
export const idsWithWord = (db: Reader, word: string): number[] =>
  (db.prepare('SELECT worker_id FROM worker_name_words WHERE word = ?').all(word.toLowerCase()) as { worker_id: number }[]).map((r) => r.worker_id);
