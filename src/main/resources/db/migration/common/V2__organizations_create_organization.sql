CREATE TABLE organization (
    account_id  BIGINT                   NOT NULL REFERENCES account (id),
    id          BIGINT                   NOT NULL,
    name        TEXT                     NOT NULL,
    -- name folded to lower case without accents: "Contoso Health" and "contoso  health" are one
    name_key    TEXT                     NOT NULL,
    website     TEXT,
    industry    TEXT,
    target      BOOLEAN                  NOT NULL DEFAULT FALSE,
    notes       TEXT,
    version     INTEGER                  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (account_id, id)
);

CREATE UNIQUE INDEX organization_name_key ON organization (account_id, name_key);
CREATE INDEX organization_target ON organization (account_id, name_key) WHERE target = TRUE;
