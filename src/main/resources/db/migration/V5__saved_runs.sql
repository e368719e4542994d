-- Saved runs: every run is stored as it goes, so that it survives signing out, a restart and a
-- change of device; its answers one row each, so that traffic per step and answer is a plain
-- GROUP BY. Portable SQL for H2 and PostgreSQL.

-- One row per run. The columns up to 'evidence' are personal data (who runs it, about whom, what
-- the tenant showed): they are erased when a finished run has been kept long enough
-- (stepwise.runs.keep-finished); the rest is what figures are made of and holds no person.
-- cloud, language and started_at are NULL only for runs recorded before this migration (copied
-- from run_record, which did not keep them).
CREATE TABLE flow_run (
    id               UUID                     NOT NULL,
    owner            VARCHAR(255),
    affected_user    VARCHAR(113),
    evidence         VARCHAR(1000000),
    flow_id          VARCHAR(60)              NOT NULL,
    flow_version     INTEGER                  NOT NULL,
    cloud            VARCHAR(20),
    language         VARCHAR(8),
    tenant_id        VARCHAR(60),
    -- The answer ids in order, joined by dots (as in the run's address); 'answers' counts them.
    path             VARCHAR(12400)           NOT NULL,
    answers          INTEGER                  NOT NULL,
    -- Where the run stands now, and until when the wait of that step lasts at most.
    step_flow_id     VARCHAR(60)              NOT NULL,
    step_id          VARCHAR(60)              NOT NULL,
    waiting_until    TIMESTAMP WITH TIME ZONE,
    started_at       TIMESTAMP WITH TIME ZONE,
    last_activity_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- How it ended (RESOLVED, ESCALATED, ABANDONED), where and when; NULL while it is open. A run
    -- that moves on after an end is open again, and its next end replaces this one.
    outcome          VARCHAR(10),
    end_step_flow_id VARCHAR(60),
    end_step_id      VARCHAR(60),
    ended_at         TIMESTAMP WITH TIME ZONE,
    -- The run this one started again from, when its flow had changed too much to continue.
    earlier_run_id   UUID,
    version          BIGINT                   NOT NULL,
    CONSTRAINT flow_run_pk PRIMARY KEY (id)
);

-- My runs: a person's runs, most recently active first.
CREATE INDEX flow_run_owner_idx ON flow_run (owner, last_activity_at);
-- Open runs without activity, for the abandonment job.
CREATE INDEX flow_run_open_idx ON flow_run (outcome, last_activity_at);
-- Figures by the period a run started or ended in; the retention job by ended_at.
CREATE INDEX flow_run_started_idx ON flow_run (started_at);
CREATE INDEX flow_run_ended_idx ON flow_run (ended_at);

-- Each answer of a run, in order: the step it was given at (which the path alone does not say)
-- and when. answered_at is NULL when the run was opened from an address and the time is unknown.
CREATE TABLE flow_run_answer (
    run_id       UUID                     NOT NULL,
    seq          INTEGER                  NOT NULL,
    step_flow_id VARCHAR(60)              NOT NULL,
    step_id      VARCHAR(60)              NOT NULL,
    answer_id    VARCHAR(60)              NOT NULL,
    answered_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT flow_run_answer_pk PRIMARY KEY (run_id, seq),
    CONSTRAINT flow_run_answer_run_fk FOREIGN KEY (run_id) REFERENCES flow_run (id) ON DELETE CASCADE
);

CREATE INDEX flow_run_answer_step_idx ON flow_run_answer (step_flow_id, step_id, answer_id);

-- Runs recorded before runs were saved: how they ended, without who, where or when they started.
INSERT INTO flow_run (id, flow_id, flow_version, path, answers, step_flow_id, step_id, last_activity_at, outcome,
                      end_step_flow_id, end_step_id, ended_at, version)
SELECT run_id, flow_id, flow_version, path, answers, step_flow_id, step_id, ended_at, outcome, step_flow_id, step_id,
       ended_at, 0
FROM run_record;
