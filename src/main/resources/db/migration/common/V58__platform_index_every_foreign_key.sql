-- Every foreign key has an index on its referencing columns. Removing a row (a person for good, an
-- organisation an undone import created) makes the database look for the rows that refer to it,
-- and without such an index it reads the whole referring table once per row removed: undoing an
-- import of 27,000 people read all 50,000 knows-links 27,000 times, two minutes on SQLite.
-- ForeignKeyIndexesTest keeps it so.

-- the links where the person is the second of the pair (the first is the unique key's lead)
CREATE INDEX knows_link_by_other ON knows_link (account_id, other_id);

-- pairs said to be two people, by their second person
CREATE INDEX duplicate_dismissal_by_b ON duplicate_dismissal (account_id, contact_b);

-- the opportunities at an organisation
CREATE INDEX opportunity_by_organization ON opportunity (account_id, organization_id);

-- The people at an organisation, removed from Rapport or not, in name order. The partial index before
-- it served the lists of an organisation's people, but not the check that an organisation is no
-- longer referred to. Whether a person was removed is now the index's last column, so those lists
-- and counts still read the index alone. It holds only people with an organisation: every query
-- that reads it names one, and SQLite would otherwise take it, as the smallest index holding the
-- account, the id and whether a person was removed, to check each match of a search.
DROP INDEX contact_by_organization;
CREATE INDEX contact_by_organization
    ON contact (account_id, organization_id, sort_name, id, deleted_at)
    WHERE organization_id IS NOT NULL;
