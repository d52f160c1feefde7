-- The import that logged a touchpoint (LinkedIn messages): undoing the import removes it.
ALTER TABLE touchpoint ADD COLUMN import_batch_id BIGINT;

CREATE INDEX touchpoint_by_import ON touchpoint (account_id, import_batch_id) WHERE import_batch_id IS NOT NULL;
