-- A touchpoint is one contact on one channel: a coffee, a call, an email. It can involve several
-- people, listed in touchpoint_contact.
CREATE TABLE touchpoint (
    account_id   BIGINT                   NOT NULL REFERENCES account (id),
    id           BIGINT                   NOT NULL,
    occurred_on  DATE                     NOT NULL,
    channel      TEXT                     NOT NULL,
    direction    TEXT                     NOT NULL,
    summary      TEXT,
    notes        TEXT,
    -- where it came from: 'manual', or the import that created it
    source       TEXT                     NOT NULL DEFAULT 'manual',
    source_ref   TEXT,
    version      INTEGER                  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (account_id, id)
);

CREATE INDEX touchpoint_by_date ON touchpoint (account_id, occurred_on, id) WHERE deleted_at IS NULL;
CREATE INDEX touchpoint_by_source ON touchpoint (account_id, source, source_ref) WHERE source_ref IS NOT NULL;

CREATE TABLE touchpoint_contact (
    account_id     BIGINT NOT NULL,
    touchpoint_id  BIGINT NOT NULL,
    contact_id     BIGINT NOT NULL,
    -- the touchpoint's date, repeated so a person's timeline is one index range
    occurred_on    DATE   NOT NULL,
    PRIMARY KEY (account_id, touchpoint_id, contact_id),
    FOREIGN KEY (account_id, touchpoint_id) REFERENCES touchpoint (account_id, id) ON DELETE CASCADE,
    FOREIGN KEY (account_id, contact_id) REFERENCES contact (account_id, id) ON DELETE CASCADE
);

CREATE INDEX touchpoint_contact_timeline
    ON touchpoint_contact (account_id, contact_id, occurred_on, touchpoint_id);
