-- The search body's words kept as a tsvector beside it, so that PostgreSQL does not parse the body
-- of every candidate row again when it rechecks a prefix match: a two-letter prefix matches
-- thousands of people at 100,000, and re-parsing each was most of the time of a search as you type.
ALTER TABLE contact_search
    ADD COLUMN words tsvector GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED;
CREATE INDEX contact_search_words ON contact_search USING GIN (words);
DROP INDEX contact_search_body;
