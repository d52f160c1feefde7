-- The people the user has deleted (and may still bring back), by id. Reads that walk many people
-- by another index check each against this small index instead of reading the person's row: the
-- links a warm-path search walks (docs/benchmarks.md, finding 44) and, on PostgreSQL, the matches a
-- search counts (finding 46). It holds only deleted people, so it costs nothing to write for the
-- rest.
CREATE INDEX contact_deleted_ids ON contact (account_id, id) WHERE deleted_at IS NOT NULL;
