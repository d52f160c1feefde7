-- The people at an organisation in name order, with the id that breaks ties in the index itself:
-- without it SQLite preferred walking everyone in name order to find one organisation's people.
DROP INDEX contact_by_organization;
CREATE INDEX contact_by_organization ON contact (account_id, organization_id, sort_name, id)
    WHERE deleted_at IS NULL;
