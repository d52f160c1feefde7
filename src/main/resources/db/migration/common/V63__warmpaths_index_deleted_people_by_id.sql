-- The people the user has deleted (and may still bring back), by id: the warm-path search checks
-- each link it walks against this small index instead of reading the linked person's row
-- (docs/benchmarks.md, finding 44). It holds only deleted people, so it costs nothing to write
-- for the rest.
CREATE INDEX contact_deleted_ids ON contact (account_id, id) WHERE deleted_at IS NOT NULL;
