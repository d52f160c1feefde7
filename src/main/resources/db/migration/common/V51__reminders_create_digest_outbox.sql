-- Every weekly email, written here before it is sent, so that a mail server that is down delays it
-- (retried with growing waits) but never loses it, and a second app instance never sends it again.
CREATE TABLE digest_outbox (
    account_id          BIGINT                   NOT NULL REFERENCES account (id),
    id                  BIGINT                   NOT NULL,
    -- which email this is: 'week:<moment it was due>' for a scheduled one, 'now:<id>' for one asked
    -- for at once; unique, so two instances planning the same week write one row between them
    slot                TEXT                     NOT NULL,
    recipient           TEXT                     NOT NULL,
    subject             TEXT                     NOT NULL,
    text_body           TEXT                     NOT NULL,
    html_body           TEXT                     NOT NULL,
    -- PENDING (waiting for next_attempt_at), SENDING (claimed by one instance until claimed_until),
    -- SENT
    status              TEXT                     NOT NULL,
    attempts            INTEGER                  NOT NULL DEFAULT 0,
    next_attempt_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until       TIMESTAMP WITH TIME ZONE,
    last_error          TEXT,
    sent_at             TIMESTAMP WITH TIME ZONE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, id)
);

CREATE UNIQUE INDEX digest_outbox_slot ON digest_outbox (account_id, slot);
CREATE INDEX digest_outbox_waiting ON digest_outbox (next_attempt_at) WHERE status <> 'SENT';
