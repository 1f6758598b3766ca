import { nameWordsJsonSql, sortNameSql } from '../name-words';
import type { Migration } from './migration';

const insertWords = (row: string) => `
  INSERT OR IGNORE INTO worker_name_words (word, sort_name, worker_id)
    SELECT value, ${sortNameSql(`${row}.name`)}, ${row}.id FROM json_each(${nameWordsJsonSql(`${row}.name`)}) WHERE value <> '';`;

const deleteWords = (row: string) => `
  DELETE FROM worker_name_words
   WHERE sort_name = ${sortNameSql(`${row}.name`)} AND worker_id = ${row}.id
     AND word IN (SELECT value FROM json_each(${nameWordsJsonSql(`${row}.name`)}));`;

/**
 * Search that stops at the first page (issue 14). FTS5 finds the people whose name has a word, but in rowid
 * order, so a page ordered by name had to sort every match (20,000 for "Budi"). `worker_name_words` holds one
 * row per word of each name, keyed (word, sorted name, id): the people with a word come out in name order
 * straight from the key, and a page is a seek plus 50 steps. The worker FTS5 index goes: the word table answers
 * the all-at-once search too, and keeping both cost every import and pull twice per person. Also: KPJ lookups,
 * and employer keys that serve keyset pages (name, npp) and NPWP/NIB prefixes.
 */
export const searchIndexes: Migration = {
  version: 16,
  name: 'search: name words in name order, KPJ index, employer keyset index',
  up(db) {
    db.exec(`
      CREATE TABLE worker_name_words (
        word TEXT NOT NULL,
        sort_name TEXT NOT NULL,
        worker_id INTEGER NOT NULL,
        PRIMARY KEY (word, sort_name, worker_id)
      ) STRICT, WITHOUT ROWID;
      CREATE TRIGGER worker_name_words_insert AFTER INSERT ON workers BEGIN ${insertWords('new')} END;
      CREATE TRIGGER worker_name_words_delete AFTER DELETE ON workers BEGIN ${deleteWords('old')} END;
      CREATE TRIGGER worker_name_words_update AFTER UPDATE OF name ON workers BEGIN ${deleteWords('old')} ${insertWords('new')} END;

      INSERT OR IGNORE INTO worker_name_words (word, sort_name, worker_id)
        SELECT j.value, ${sortNameSql('w.name')}, w.id FROM workers w, json_each(${nameWordsJsonSql('w.name')}) j
        WHERE j.value <> '' ORDER BY 1, 2, 3;

      -- The name words serve every worker name search now; FTS5 beside them would be written for nothing.
      DROP TRIGGER workers_fts_insert;
      DROP TRIGGER workers_fts_delete;
      DROP TRIGGER workers_fts_update;
      DROP TABLE workers_fts;

      CREATE INDEX workers_kpj ON workers(kpj) WHERE kpj IS NOT NULL;
      CREATE INDEX employers_name_npp ON employers(name COLLATE NOCASE, npp);
      DROP INDEX employers_name;
    `);
  },
};
