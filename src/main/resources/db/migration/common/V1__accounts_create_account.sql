-- An account owns everything else. Local mode has exactly one; hosted mode has many, and every
-- other table carries account_id first in its primary key so rows of one account stay together
-- (and a distributed PostgreSQL can shard by it).
CREATE TABLE account (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    name        TEXT                     NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
