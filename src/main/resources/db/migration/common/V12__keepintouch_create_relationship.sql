-- The state of the user's relationship with each person, kept up to date whenever a touchpoint is
-- logged, changed or removed, or the person's tier changes, so that the Today plan and the lists
-- read indexed columns instead of scanning the whole log.
CREATE TABLE relationship (
    account_id          BIGINT  NOT NULL,
    contact_id          BIGINT  NOT NULL,
    -- the person's tier, repeated from contact so the plan can take the most overdue of each tier
    tier                TEXT    NOT NULL DEFAULT 'NETWORK',
    first_contact_on    DATE,
    last_contact_on     DATE,
    -- the last touchpoint in which the other person took part (they reached out, or both did)
    last_two_way_on     DATE,
    touchpoint_count    INTEGER NOT NULL DEFAULT 0,
    -- median days between touchpoints, once there are three or more: the person's own rhythm
    rhythm_days         INTEGER,
    -- when to suggest reaching out; null for never (acquaintances, ended relationships)
    next_nudge_on       DATE,
    -- when the tie counts as at risk, and as going dormant (both from the model, with the
    -- person's own rhythm taken into account)
    at_risk_on          DATE,
    dormant_on          DATE,
    -- counts over the twelve months before counted_on, for closeness
    count_12mo          INTEGER NOT NULL DEFAULT 0,
    two_way_12mo        INTEGER NOT NULL DEFAULT 0,
    by_them_12mo        INTEGER NOT NULL DEFAULT 0,
    channels_12mo       INTEGER NOT NULL DEFAULT 0,
    depth_12mo          DOUBLE PRECISION NOT NULL DEFAULT 0,
    counted_on          DATE,
    -- an estimate of the hours spent together, from the touchpoints' channels: less past time
    -- together makes a revived tie more novel (Walter et al. 2015)
    hours_together      DOUBLE PRECISION NOT NULL DEFAULT 0,
    -- closeness (0..1) when contact was last regular: the starting value of latent trust
    trust_base          DOUBLE PRECISION NOT NULL DEFAULT 0,
    -- the part of the reconnect priority that does not depend on the user's targets (novelty,
    -- trust, reachability); the dormant ties to suggest are read in this order
    reconnect_score     DOUBLE PRECISION NOT NULL DEFAULT 0,
    -- whether the person has a way to reach them that no employer owns, and one that an employer
    -- owns (a work email or phone)
    personal_channel    BOOLEAN NOT NULL DEFAULT FALSE,
    work_channel        BOOLEAN NOT NULL DEFAULT FALSE,
    snoozed_until       DATE,
    skipped_until       DATE,
    skip_reason         TEXT,
    -- "relationship ended": kept, never suggested again
    ended               BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (account_id, contact_id),
    FOREIGN KEY (account_id, contact_id) REFERENCES contact (account_id, id) ON DELETE CASCADE
);

CREATE INDEX relationship_due ON relationship (account_id, tier, next_nudge_on) WHERE next_nudge_on IS NOT NULL;
CREATE INDEX relationship_reconnect ON relationship (account_id, reconnect_score) WHERE dormant_on IS NOT NULL;
CREATE INDEX relationship_last_contact ON relationship (account_id, last_contact_on);

INSERT INTO relationship (account_id, contact_id, tier) SELECT account_id, id, tier FROM contact;
