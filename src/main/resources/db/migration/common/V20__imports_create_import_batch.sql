-- One uploaded file and what became of it: read and previewed, imported, undone. Until the import
-- runs, the counts are those of the preview (a full import rolled back); afterwards, of the import.
CREATE TABLE import_batch (
    account_id           BIGINT                   NOT NULL REFERENCES account (id),
    id                   BIGINT                   NOT NULL,
    file_name            TEXT                     NOT NULL,
    file_bytes           BIGINT                   NOT NULL,
    -- where the upload waits in the data directory until the import is over; null once removed
    stored_file          TEXT,
    -- what the file holds (an ImportFormat, or BACKUP)
    format               TEXT                     NOT NULL,
    -- COLUMNS (waiting for the user to say which column holds what), PREVIEW or IMPORT
    phase                TEXT                     NOT NULL,
    -- RUNNING, DONE or FAILED
    status               TEXT                     NOT NULL,
    -- for a spreadsheet of any other layout: the field of each column, as the user chose them
    column_mapping       TEXT,
    rows_read            INTEGER                  NOT NULL DEFAULT 0,
    created              INTEGER                  NOT NULL DEFAULT 0,
    updated              INTEGER                  NOT NULL DEFAULT 0,
    unchanged            INTEGER                  NOT NULL DEFAULT 0,
    skipped              INTEGER                  NOT NULL DEFAULT 0,
    possible_duplicates  INTEGER                  NOT NULL DEFAULT 0,
    touchpoints          INTEGER                  NOT NULL DEFAULT 0,
    error_count          INTEGER                  NOT NULL DEFAULT 0,
    -- JSON: the first problems as [{"row": 12, "message": "..."}], warnings, skipped rows by reason
    errors               TEXT,
    warnings             TEXT,
    skipped_reasons      TEXT,
    -- why the file could not be imported, in words for the user
    failure              TEXT,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at          TIMESTAMP WITH TIME ZONE,
    undone_at            TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (account_id, id)
);

CREATE INDEX import_batch_recent ON import_batch (account_id, created_at);

-- What an import added to people who were already in Rapport (details filled in, addresses,
-- numbers and tags added), so that undoing it takes back exactly that and nothing the user did.
CREATE TABLE import_change (
    account_id  BIGINT  NOT NULL,
    batch_id    BIGINT  NOT NULL,
    contact_id  BIGINT  NOT NULL,
    -- a person matched again further down the file gets a second part
    part        INTEGER NOT NULL,
    added       TEXT    NOT NULL,
    PRIMARY KEY (account_id, batch_id, contact_id, part),
    FOREIGN KEY (account_id, batch_id) REFERENCES import_batch (account_id, id) ON DELETE CASCADE
);
