-- The import that created an organisation on the fly; undoing the import removes it again when
-- nobody works there any more and the user has not changed it.
ALTER TABLE organization ADD COLUMN import_batch_id BIGINT;

CREATE INDEX organization_by_import ON organization (account_id, import_batch_id) WHERE import_batch_id IS NOT NULL;
