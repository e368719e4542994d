-- Reminders to come back to a run when the wait of an action is over, and whether a support
-- request was filed while such a wait was still running. Portable SQL for H2 and PostgreSQL.

-- One row per reminder, kind USUAL when the usual wait is over, LATEST at the longest wait. A row is
-- claimed for sending by setting published_at (one conditional update, so one server sends it)
-- and is cancelled (cancelled_at) when the run moves on or ends. run_id is the run's id as the
-- wizard knows it; there is no foreign key, as runs are not necessarily stored.
CREATE TABLE run_reminder (
    id             UUID                     NOT NULL,
    run_id         UUID                     NOT NULL,
    kind           VARCHAR(10)              NOT NULL,
    flow_id        VARCHAR(60)              NOT NULL,
    step_flow_id   VARCHAR(60)              NOT NULL,
    step_id        VARCHAR(60)              NOT NULL,
    asked_at_step  VARCHAR(130)             NOT NULL,
    address        VARCHAR(2000)            NOT NULL,
    usual_hours    INTEGER                  NOT NULL,
    max_hours      INTEGER                  NOT NULL,
    operator_name  VARCHAR(200)             NOT NULL,
    operator_email VARCHAR(320)             NOT NULL,
    language       VARCHAR(10)              NOT NULL,
    base_url       VARCHAR(500)             NOT NULL,
    requested_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at   TIMESTAMP WITH TIME ZONE,
    cancelled_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT run_reminder_pk PRIMARY KEY (id)
);

CREATE INDEX run_reminder_due_idx ON run_reminder (due_at);
CREATE INDEX run_reminder_run_idx ON run_reminder (run_id);

-- A request filed while a wait the run went through had not reached its longest time.
ALTER TABLE support_request ADD COLUMN filed_inside_wait BOOLEAN DEFAULT FALSE NOT NULL;
