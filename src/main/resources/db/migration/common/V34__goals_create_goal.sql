-- A networking goal for a period, measured from the log, never ticked by hand.
CREATE TABLE goal (
    account_id    BIGINT                   NOT NULL REFERENCES account (id),
    id            BIGINT                   NOT NULL,
    kind          TEXT                     NOT NULL,
    target        INTEGER                  NOT NULL,
    period_start  DATE                     NOT NULL,
    period_end    DATE                     NOT NULL,
    -- the if-then plan: "Every Tuesday after my morning coffee, I ..."
    plan          TEXT,
    version       INTEGER                  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (account_id, id)
);

CREATE INDEX goal_by_period ON goal (account_id, period_end) WHERE deleted_at IS NULL;

-- Each week's Ready-10 score and goal progress, so the user sees the trend.
CREATE TABLE health_snapshot (
    account_id   BIGINT  NOT NULL REFERENCES account (id),
    week_start   DATE    NOT NULL,
    ready10      INTEGER,
    qualifying   INTEGER NOT NULL,
    activated    INTEGER NOT NULL,
    PRIMARY KEY (account_id, week_start)
);

CREATE TABLE goal_snapshot (
    account_id   BIGINT           NOT NULL,
    goal_id      BIGINT           NOT NULL,
    week_start   DATE             NOT NULL,
    progress     DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (account_id, goal_id, week_start),
    FOREIGN KEY (account_id, goal_id) REFERENCES goal (account_id, id) ON DELETE CASCADE
);
