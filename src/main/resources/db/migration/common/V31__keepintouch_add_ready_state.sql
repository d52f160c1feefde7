-- Kept on write beside the rest of the relationship state, so the Ready-10 reads a bounded,
-- indexed set of people instead of scanning the network.
-- relevance to the user's targets (0..1, science.md §9.5) and whether they work in the target field
ALTER TABLE relationship ADD COLUMN relevance DOUBLE PRECISION NOT NULL DEFAULT 0;
ALTER TABLE relationship ADD COLUMN in_target BOOLEAN NOT NULL DEFAULT FALSE;
-- working ways to reach them (emails, phones, LinkedIn)
ALTER TABLE relationship ADD COLUMN channel_count INTEGER NOT NULL DEFAULT 0;
-- the last day a two-way touchpoint revived a dormant tie
ALTER TABLE relationship ADD COLUMN revived_on DATE;

CREATE INDEX relationship_ready ON relationship (account_id, relevance, trust_base);

-- Every day a dormant tie was revived: the log the "reconnect with dormant ties" goal counts.
CREATE TABLE revival (
    account_id  BIGINT NOT NULL,
    contact_id  BIGINT NOT NULL,
    revived_on  DATE   NOT NULL,
    PRIMARY KEY (account_id, contact_id, revived_on),
    FOREIGN KEY (account_id, contact_id) REFERENCES contact (account_id, id) ON DELETE CASCADE
);

CREATE INDEX revival_by_day ON revival (account_id, revived_on);
