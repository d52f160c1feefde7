-- Something the user promised to do by a date: "send her the article by Friday".
CREATE TABLE follow_up (
    account_id     BIGINT                   NOT NULL REFERENCES account (id),
    id             BIGINT                   NOT NULL,
    contact_id     BIGINT                   NOT NULL,
    touchpoint_id  BIGINT,
    due_on         DATE                     NOT NULL,
    what           TEXT                     NOT NULL,
    -- OPEN, DONE or DROPPED
    status         TEXT                     NOT NULL,
    closed_at      TIMESTAMP WITH TIME ZONE,
    version        INTEGER                  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, id),
    FOREIGN KEY (account_id, contact_id) REFERENCES contact (account_id, id) ON DELETE CASCADE,
    FOREIGN KEY (account_id, touchpoint_id) REFERENCES touchpoint (account_id, id) ON DELETE CASCADE
);

CREATE INDEX follow_up_open_by_due ON follow_up (account_id, due_on, id) WHERE status = 'OPEN';
CREATE INDEX follow_up_by_contact ON follow_up (account_id, contact_id, due_on);
CREATE INDEX follow_up_by_touchpoint ON follow_up (account_id, touchpoint_id) WHERE touchpoint_id IS NOT NULL;
