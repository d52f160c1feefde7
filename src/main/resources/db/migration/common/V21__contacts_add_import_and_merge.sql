-- The import that added a person (so that undoing it removes them), and the person they were
-- merged into (the merged-away record is kept, deleted, so that the merge can be undone).
ALTER TABLE contact ADD COLUMN import_batch_id BIGINT;
ALTER TABLE contact ADD COLUMN merged_into BIGINT;
-- a birthday, with or without its year: 1985-03-15, or --03-15 when the year is not known
ALTER TABLE contact ADD COLUMN birthday TEXT;

CREATE INDEX contact_by_import ON contact (account_id, import_batch_id) WHERE import_batch_id IS NOT NULL;
CREATE INDEX contact_by_merged_into ON contact (account_id, merged_into) WHERE merged_into IS NOT NULL;

-- What identifies a person an import added from a row with no LinkedIn profile, email address or
-- phone number to match on: the row itself (name, organisation, role and dates, folded and hashed).
-- Importing the same row again finds the person; the same name alone never does.
CREATE TABLE contact_import_key (
    account_id  BIGINT NOT NULL,
    row_key     TEXT   NOT NULL,
    contact_id  BIGINT NOT NULL,
    PRIMARY KEY (account_id, row_key),
    FOREIGN KEY (account_id, contact_id) REFERENCES contact (account_id, id) ON DELETE CASCADE
);

CREATE INDEX contact_import_key_by_contact ON contact_import_key (account_id, contact_id);

-- Two people made one, with what is needed to take it back: the kept person as they were, and
-- which rows of each feature moved from the merged-away person to the kept one.
CREATE TABLE contact_merge (
    account_id      BIGINT                   NOT NULL REFERENCES account (id),
    id              BIGINT                   NOT NULL,
    kept_id         BIGINT                   NOT NULL,
    merged_id       BIGINT                   NOT NULL,
    -- JSON: the kept person's details before the merge
    kept_before     TEXT                     NOT NULL,
    -- the kept person's version right after the merge: an undo after later edits is refused
    kept_version    INTEGER                  NOT NULL,
    -- JSON: {"feature": [row ids]} as each feature recorded what it moved
    moved           TEXT                     NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    undone_at       TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (account_id, id)
);

-- Pairs the user said are two different people: never suggested as duplicates again. The lower
-- id comes first.
CREATE TABLE duplicate_dismissal (
    account_id  BIGINT                   NOT NULL,
    contact_a   BIGINT                   NOT NULL,
    contact_b   BIGINT                   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, contact_a, contact_b),
    FOREIGN KEY (account_id, contact_a) REFERENCES contact (account_id, id) ON DELETE CASCADE,
    FOREIGN KEY (account_id, contact_b) REFERENCES contact (account_id, id) ON DELETE CASCADE
);
