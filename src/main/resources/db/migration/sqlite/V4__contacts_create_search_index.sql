-- Search as you type over name, organisation, title, emails, tags and notes. The body is built by
-- the application (folded to lower case, accents removed, punctuation turned to spaces) so that
-- SQLite and PostgreSQL see the same words. The rowid is the contact's id.
CREATE VIRTUAL TABLE contact_search USING fts5(
    body,
    account_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);
