-- Leads, applications, interviews and offers, tied to the people and the introduction that
-- produced them. People are referenced without a foreign key, their names kept beside them, so an
-- opportunity outlives a person removed for good (shown as a removed person).
CREATE TABLE opportunity (
    account_id         BIGINT                   NOT NULL REFERENCES account (id),
    id                 BIGINT                   NOT NULL,
    title              TEXT                     NOT NULL,
    organization_id    BIGINT,
    organization_name  TEXT,
    -- LEAD, APPLIED, INTERVIEWING, OFFER, ACCEPTED, CLOSED
    stage              TEXT                     NOT NULL,
    -- the furthest stage reached before any closing: "how far it got", for the insights
    furthest_stage     TEXT                     NOT NULL,
    -- how it came: INTRODUCTION, REFERRAL, CONTACT, RECRUITER, DIRECT_APPLICATION, JOB_BOARD, EVENT, OTHER
    source             TEXT                     NOT NULL,
    -- the channel on which it reached the user (EMAIL, MEAL, ...), if noted
    channel            TEXT,
    opened_on          DATE                     NOT NULL,
    next_step          TEXT,
    next_step_on       DATE,
    notes              TEXT,
    -- the introduction that produced it, if any
    introduction_id    BIGINT,
    -- closeness (0..1) of the user's tie to the person the chain started with, when it was
    -- recorded, and its band (CLOSE, MODERATE, WEAK); null when no person the user knows began it
    origin_closeness   DOUBLE PRECISION,
    tie_strength       TEXT,
    version            INTEGER                  NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at         TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (account_id, id),
    FOREIGN KEY (account_id, organization_id) REFERENCES organization (account_id, id)
);

CREATE INDEX opportunity_by_stage ON opportunity (account_id, stage, updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX opportunity_by_introduction ON opportunity (account_id, introduction_id)
    WHERE introduction_id IS NOT NULL;
CREATE INDEX opportunity_deleted ON opportunity (account_id, deleted_at) WHERE deleted_at IS NOT NULL;

-- The people involved and their part: SOURCE (who produced it), REFERRER, HIRING_MANAGER,
-- INTERVIEWER, RECRUITER, OTHER.
CREATE TABLE opportunity_person (
    account_id      BIGINT NOT NULL,
    opportunity_id  BIGINT NOT NULL,
    position        INTEGER NOT NULL,
    contact_id      BIGINT NOT NULL,
    full_name       TEXT   NOT NULL,
    role            TEXT   NOT NULL,
    PRIMARY KEY (account_id, opportunity_id, position),
    FOREIGN KEY (account_id, opportunity_id) REFERENCES opportunity (account_id, id) ON DELETE CASCADE
);

CREATE INDEX opportunity_person_by_contact ON opportunity_person (account_id, contact_id, opportunity_id);

-- Every move from one stage to another, kept.
CREATE TABLE opportunity_stage_change (
    account_id      BIGINT                   NOT NULL,
    opportunity_id  BIGINT                   NOT NULL,
    id              BIGINT                   NOT NULL,
    from_stage      TEXT,
    to_stage        TEXT                     NOT NULL,
    changed_on      DATE                     NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, opportunity_id, id),
    FOREIGN KEY (account_id, opportunity_id) REFERENCES opportunity (account_id, id) ON DELETE CASCADE
);
