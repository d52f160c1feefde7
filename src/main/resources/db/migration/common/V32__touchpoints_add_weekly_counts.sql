-- A touchpoint can be an informational interview: twenty minutes asking someone in the target field
-- how their work is changing. The goal of that name counts them.
ALTER TABLE touchpoint ADD COLUMN info_interview BOOLEAN NOT NULL DEFAULT FALSE;

CREATE INDEX touchpoint_info_interviews ON touchpoint (account_id, occurred_on) WHERE info_interview = TRUE AND deleted_at IS NULL;

-- Touchpoints per week and channel, kept on every write, for the dashboard's chart and the
-- touchpoints goal: a year of activity is at most 52 × 11 rows whatever the size of the log.
CREATE TABLE touchpoint_week (
    account_id   BIGINT  NOT NULL,
    week_start   DATE    NOT NULL,
    channel      TEXT    NOT NULL,
    touchpoints  INTEGER NOT NULL,
    PRIMARY KEY (account_id, week_start, channel)
);
