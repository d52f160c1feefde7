-- Who knows whom among the user's people: entered by hand ("Ann knows Bob from church", "worked
-- together at Fabrikam 2012 to 2018") or made by an introduction. One row per pair, the smaller id
-- first; people who work at the same organisation now are treated as knowing each other without
-- a row (see warm paths).
CREATE TABLE knows_link (
    account_id         BIGINT                   NOT NULL REFERENCES account (id),
    id                 BIGINT                   NOT NULL,
    person_id          BIGINT                   NOT NULL,
    other_id           BIGINT                   NOT NULL,
    -- WORKED_TOGETHER, STUDIED_TOGETHER, SAME_GROUP or OTHER
    how                TEXT                     NOT NULL,
    -- the model's overlap (SAME_EMPLOYER_OVER_A_YEAR, ...), from how and the years
    overlap            TEXT                     NOT NULL,
    -- they know each other through work rather than only privately
    professional       BOOLEAN                  NOT NULL,
    -- where they worked, studied or met, as the user wrote it
    organization_name  TEXT,
    from_year          INTEGER,
    to_year            INTEGER,
    note               TEXT,
    -- STATED (entered by hand) or INTRODUCTION
    source             TEXT                     NOT NULL,
    introduction_id    BIGINT,
    -- P(they know each other) x professional context, from the model (science.md 9.8)
    strength           DOUBLE PRECISION         NOT NULL,
    version            INTEGER                  NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    -- set when the user removes the link (its adjacency rows go); cleared by undo
    deleted_at         TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (account_id, id),
    UNIQUE (account_id, person_id, other_id),
    CHECK (person_id < other_id),
    FOREIGN KEY (account_id, person_id) REFERENCES contact (account_id, id) ON DELETE CASCADE,
    FOREIGN KEY (account_id, other_id) REFERENCES contact (account_id, id) ON DELETE CASCADE
);

CREATE INDEX knows_link_by_introduction ON knows_link (account_id, introduction_id)
    WHERE introduction_id IS NOT NULL;

-- The links not removed, as adjacency: one row per direction, so that a person's acquaintances
-- are one index range, strongest first. This is what the warm-path search reads, a bounded number
-- per person.
CREATE TABLE knows_edge (
    account_id    BIGINT           NOT NULL,
    person_id     BIGINT           NOT NULL,
    other_id      BIGINT           NOT NULL,
    link_id       BIGINT           NOT NULL,
    overlap       TEXT             NOT NULL,
    professional  BOOLEAN          NOT NULL,
    strength      DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (account_id, person_id, other_id),
    FOREIGN KEY (account_id, link_id) REFERENCES knows_link (account_id, id) ON DELETE CASCADE
);

CREATE INDEX knows_edge_strongest ON knows_edge (account_id, person_id, strength, other_id);
CREATE INDEX knows_edge_by_link ON knows_edge (account_id, link_id);
