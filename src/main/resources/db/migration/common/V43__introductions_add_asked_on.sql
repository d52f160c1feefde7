-- The day the user asked for an introduction, kept when the introduction moves on (offered, made,
-- met): the "introductions asked for" goal counts these.
ALTER TABLE introduction ADD COLUMN asked_on DATE;
UPDATE introduction SET asked_on = occurred_on WHERE status = 'ASKED';
CREATE INDEX introduction_asked ON introduction (account_id, asked_on) WHERE asked_on IS NOT NULL AND deleted_at IS NULL;
