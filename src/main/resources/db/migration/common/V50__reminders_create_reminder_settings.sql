-- How reminders reach the user: the secret calendar link, and when and where the weekly email goes.
CREATE TABLE reminder_settings (
    account_id          BIGINT                   NOT NULL PRIMARY KEY REFERENCES account (id),
    -- the calendar link's secret: its SHA-256 (hex) to recognise it, and the link sealed with the
    -- key in the data directory so Settings can show it again; a new link replaces both
    feed_token_hash     TEXT                     NOT NULL,
    feed_token_sealed   TEXT                     NOT NULL,
    feed_created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the weekly email: off until the user turns it on
    digest_enabled      BOOLEAN                  NOT NULL DEFAULT FALSE,
    digest_to           TEXT,
    -- MONDAY .. SUNDAY, and the hour (0..23), in time_zone
    digest_day          TEXT                     NOT NULL DEFAULT 'MONDAY',
    digest_hour         INTEGER                  NOT NULL DEFAULT 8,
    time_zone           TEXT                     NOT NULL,
    -- the next moment (UTC) a weekly email is due; null while it is off
    next_digest_at      TIMESTAMP WITH TIME ZONE,
    version             INTEGER                  NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Finds the accounts whose weekly email is due.
CREATE INDEX reminder_settings_digest_due ON reminder_settings (next_digest_at) WHERE digest_enabled = TRUE;

-- The mail server the weekly email goes through, when set in Settings rather than in spring.mail.*.
CREATE TABLE mail_server (
    account_id          BIGINT                   NOT NULL PRIMARY KEY REFERENCES account (id),
    host                TEXT                     NOT NULL,
    port                INTEGER                  NOT NULL,
    -- STARTTLS, TLS or NONE
    security            TEXT                     NOT NULL,
    username            TEXT,
    -- sealed (AES-GCM) with the key in the data directory; null: take it from the environment
    password_sealed     TEXT,
    from_address        TEXT,
    version             INTEGER                  NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
