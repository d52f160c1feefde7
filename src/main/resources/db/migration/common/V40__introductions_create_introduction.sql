-- "Ann introduced me to Bob": who made (or offered, or was asked for) an introduction, to whom,
-- when, why, and how far it got. The people are referenced without a foreign key and their names
-- are kept beside them, so that an introduction outlives a person removed for good: it then shows
-- the name, marked as a removed person. Ids are never reused, so a reference to a removed person
-- can never point at someone else.
CREATE TABLE introduction (
    account_id       BIGINT                   NOT NULL REFERENCES account (id),
    id               BIGINT                   NOT NULL,
    introducer_id    BIGINT                   NOT NULL,
    introducer_name  TEXT                     NOT NULL,
    introduced_id    BIGINT                   NOT NULL,
    introduced_name  TEXT                     NOT NULL,
    occurred_on      DATE                     NOT NULL,
    -- ASKED (the user asked for it), OFFERED, MADE or MET
    status           TEXT                     NOT NULL,
    context          TEXT,
    -- the touchpoint in which the names were mentioned, if any
    touchpoint_id    BIGINT,
    version          INTEGER                  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- set when the user removes it; cleared by undo
    deleted_at       TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (account_id, id)
);

-- whom a person introduced (the tree below them), and who introduced a person (the chain above)
CREATE INDEX introduction_by_introducer ON introduction (account_id, introducer_id, occurred_on, id)
    WHERE deleted_at IS NULL;
CREATE INDEX introduction_by_introduced ON introduction (account_id, introduced_id, occurred_on, id)
    WHERE deleted_at IS NULL;
CREATE INDEX introduction_by_date ON introduction (account_id, occurred_on, id) WHERE deleted_at IS NULL;
