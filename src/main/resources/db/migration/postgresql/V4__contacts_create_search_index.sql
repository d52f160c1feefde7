-- Search as you type over name, organisation, title, emails, tags and notes. The body is built by
-- the application (folded to lower case, accents removed, punctuation turned to spaces) so that
-- SQLite and PostgreSQL see the same words; prefix queries use the GIN index below.
CREATE TABLE contact_search (
    account_id  BIGINT NOT NULL,
    contact_id  BIGINT NOT NULL,
    body        TEXT   NOT NULL,
    PRIMARY KEY (account_id, contact_id),
    FOREIGN KEY (account_id, contact_id) REFERENCES contact (account_id, id) ON DELETE CASCADE
);

CREATE INDEX contact_search_body ON contact_search USING GIN (to_tsvector('simple', body));
