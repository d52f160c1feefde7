-- What the user is looking for: the targets that make a person relevant to their search.
CREATE TABLE search_profile (
    account_id          BIGINT                   NOT NULL PRIMARY KEY REFERENCES account (id),
    target_industries   TEXT                     NOT NULL DEFAULT '',
    target_roles        TEXT                     NOT NULL DEFAULT '',
    target_companies    TEXT                     NOT NULL DEFAULT '',
    actively_searching  BOOLEAN                  NOT NULL DEFAULT FALSE,
    weekly_budget       INTEGER                  NOT NULL DEFAULT 4,
    version             INTEGER                  NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
