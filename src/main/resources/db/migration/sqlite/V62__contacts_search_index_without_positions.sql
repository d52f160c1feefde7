-- The search index keeps which people hold each word and each word beginning, and no longer where
-- in their text it stands (FTS5's detail=none). Search as you type asks only whether a person has
-- a word beginning with each word typed, never for a phrase, so the positions were never read; they
-- made the index nine times larger and each short prefix slow to read ("ma" among 10,000 people:
-- its list of 5,000 people with their positions; docs/benchmarks.md, finding 39). Each word of a
-- search is one token, as Text.words keeps only letters and digits: a quoted string of two tokens
-- would be a phrase, which this index refuses.
CREATE VIRTUAL TABLE contact_search_new USING fts5(
    body,
    account_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3',
    detail = none
);

INSERT INTO contact_search_new (rowid, body, account_id)
SELECT rowid, body, account_id FROM contact_search;

DROP TABLE contact_search;

ALTER TABLE contact_search_new RENAME TO contact_search;
