CREATE TABLE contact (
    account_id       BIGINT                   NOT NULL REFERENCES account (id),
    id               BIGINT                   NOT NULL,
    full_name        TEXT                     NOT NULL,
    -- full_name folded for ordering and matching (lower case, accents removed)
    sort_name        TEXT                     NOT NULL,
    organization_id  BIGINT,
    title            TEXT,
    industry         TEXT,
    tier             TEXT                     NOT NULL,
    cadence_days     INTEGER,
    linkedin_url     TEXT,
    -- the profile's slug, lower case: the first key when matching imported people
    linkedin_key     TEXT,
    notes            TEXT,
    how_we_met       TEXT,
    known_since      DATE,
    version          INTEGER                  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- set when the user deletes the person; cleared by undo; purged after 30 days
    deleted_at       TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (account_id, id),
    FOREIGN KEY (account_id, organization_id) REFERENCES organization (account_id, id)
);

CREATE INDEX contact_by_name ON contact (account_id, sort_name, id) WHERE deleted_at IS NULL;
CREATE INDEX contact_by_created ON contact (account_id, created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX contact_by_organization ON contact (account_id, organization_id, sort_name) WHERE deleted_at IS NULL;
CREATE INDEX contact_by_linkedin ON contact (account_id, linkedin_key) WHERE linkedin_key IS NOT NULL;
CREATE INDEX contact_deleted ON contact (account_id, deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE contact_email (
    account_id   BIGINT NOT NULL,
    contact_id   BIGINT NOT NULL,
    position     INTEGER NOT NULL,
    address      TEXT    NOT NULL,
    -- trimmed, lower case: the second key when matching imported people
    address_key  TEXT    NOT NULL,
    label        TEXT,
    PRIMARY KEY (account_id, contact_id, position),
    FOREIGN KEY (account_id, contact_id) REFERENCES contact (account_id, id) ON DELETE CASCADE
);

CREATE INDEX contact_email_by_key ON contact_email (account_id, address_key);

CREATE TABLE contact_phone (
    account_id  BIGINT NOT NULL,
    contact_id  BIGINT NOT NULL,
    position    INTEGER NOT NULL,
    -- as the user typed or the file held it; e164 is the normalised form when the number is valid
    raw         TEXT    NOT NULL,
    e164        TEXT,
    label       TEXT,
    PRIMARY KEY (account_id, contact_id, position),
    FOREIGN KEY (account_id, contact_id) REFERENCES contact (account_id, id) ON DELETE CASCADE
);

CREATE INDEX contact_phone_by_e164 ON contact_phone (account_id, e164) WHERE e164 IS NOT NULL;

CREATE TABLE contact_tag (
    account_id  BIGINT NOT NULL,
    contact_id  BIGINT NOT NULL,
    tag         TEXT   NOT NULL,
    tag_key     TEXT   NOT NULL,
    PRIMARY KEY (account_id, contact_id, tag_key),
    FOREIGN KEY (account_id, contact_id) REFERENCES contact (account_id, id) ON DELETE CASCADE
);

CREATE INDEX contact_tag_by_key ON contact_tag (account_id, tag_key, contact_id);
