-- What the Ready-10 and door-opening scores need to know about a person (science.md §9.1).
ALTER TABLE contact ADD COLUMN job_function TEXT;
-- how senior they are compared with the role the user is aiming for: BELOW, PEER or ABOVE
ALTER TABLE contact ADD COLUMN seniority TEXT;
ALTER TABLE contact ADD COLUMN can_hire_or_refer BOOLEAN NOT NULL DEFAULT FALSE;
-- the day the user last told them what they are looking for; null when they do not know
ALTER TABLE contact ADD COLUMN knows_goal_since DATE;
ALTER TABLE contact ADD COLUMN mutual_connections INTEGER;
-- how close the user feels, 1 to 5, the single best indicator of tie strength
ALTER TABLE contact ADD COLUMN closeness_rating INTEGER;
ALTER TABLE contact ADD COLUMN do_not_contact BOOLEAN NOT NULL DEFAULT FALSE;

-- "New people met" counts people by when the user met them.
CREATE INDEX contact_by_known_since ON contact (account_id, known_since) WHERE deleted_at IS NULL;
