-- Each person's row of a touchpoint says whether the touchpoint is deleted, so that a person's
-- timeline, and the count of it their page shows, are one range of the index below, read without
-- a look at each of their touchpoints (a person with a thousand touchpoints: a thousand lookups
-- per visit of their page; docs/benchmarks.md, finding 35). It is kept in step wherever a
-- touchpoint is deleted or brought back, or people are added to one: TouchpointRepository, and
-- TouchpointsBackup when a backup is restored.
ALTER TABLE touchpoint_contact ADD COLUMN deleted BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE touchpoint_contact SET deleted = TRUE
 WHERE EXISTS (SELECT 1 FROM touchpoint t
                WHERE t.account_id = touchpoint_contact.account_id
                  AND t.id = touchpoint_contact.touchpoint_id
                  AND t.deleted_at IS NOT NULL);

DROP INDEX touchpoint_contact_timeline;

CREATE INDEX touchpoint_contact_timeline
    ON touchpoint_contact (account_id, contact_id, deleted, occurred_on, touchpoint_id);
