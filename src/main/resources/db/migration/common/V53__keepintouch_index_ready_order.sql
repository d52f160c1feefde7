-- The Ready-10's candidates are read most relevant, then most trusted, first; with the person's id
-- as the last key the index gives exactly that order (read backwards), so a LIMIT stops after the
-- rows it needs instead of sorting every relationship of a relevance.
DROP INDEX relationship_ready;
CREATE INDEX relationship_ready ON relationship (account_id, relevance, trust_base, contact_id);
