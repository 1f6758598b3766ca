/**
 * How a person's name is cut into searchable words, in SQL (for the triggers that keep `worker_name_words`)
 * and in JavaScript (for the query), the same way on both sides: these separators become spaces, and only
 * ASCII letters are lower-cased, because SQLite's built-in lower() does no more.
 */
const SEPARATORS = ['.', ',', '-', "'", '/', '(', ')', '"', '\t'];

const SEPARATOR_PATTERN = /[\s.,\-'/()"]+/;

/** SQL: the text expression `expr` with every separator turned into a space. */
export const spacedSql = (expr: string): string =>
  SEPARATORS.reduce((acc, ch) => `replace(${acc}, '${ch.replace(/'/g, "''")}', ' ')`, expr);

/** SQL: the JSON array of the words of the name expression `expr` (may hold empty strings: filter `value <> ''`). */
export function nameWordsJsonSql(expr: string): string {
  const spaced = spacedSql(`lower(${expr})`);
  // json_quote escapes quotes and backslashes; splitting its output at spaces keeps every escape whole.
  return `('[' || replace(json_quote(${spaced}), ' ', '","') || ']')`;
}

/** SQL: the key results are ordered by (with the worker id to break ties). */
export const sortNameSql = (expr: string): string => `lower(${expr})`;

const lowerAscii = (text: string): string => text.replace(/[A-Z]+/g, (s) => s.toLowerCase());

/** The words of a search text, as the triggers store them. */
export function nameWords(text: string): string[] {
  return lowerAscii(text)
    .split(SEPARATOR_PATTERN)
    .filter((w) => w !== '');
}

/** SQL: index the names of the workers with an id above `after` (an SQL expression) in one statement, in key order. */
export const nameWordsInsertAbove = (after: string): string => `
  INSERT OR IGNORE INTO worker_name_words (word, sort_name, worker_id)
    SELECT j.value, ${sortNameSql('w.name')}, w.id FROM workers w, json_each(${nameWordsJsonSql('w.name')}) j
    WHERE w.id > ${after} AND j.value <> '' ORDER BY 1, 2, 3`;

/** The same for bulk writes, with the id as a parameter. */
export const bulkNameWordsInsertSql = nameWordsInsertAbove('?');

/** SQL that builds the whole word index again from the workers table. */
export const rebuildNameWordsSql = `DELETE FROM worker_name_words; ${nameWordsInsertAbove('0')};`;
