-- Support requests, the runs they came from, and the notification outbox.
-- Portable SQL: the same migrations run on the embedded H2 and on PostgreSQL.

CREATE TABLE support_request (
    id                 UUID                     NOT NULL,
    reference          VARCHAR(16)              NOT NULL,
    run_id             UUID                     NOT NULL,
    flow_id            VARCHAR(60)              NOT NULL,
    flow_version       INTEGER                  NOT NULL,
    step_flow_id       VARCHAR(60)              NOT NULL,
    step_id            VARCHAR(60)              NOT NULL,
    at_outcome         BOOLEAN                  NOT NULL,
    cloud              VARCHAR(20)              NOT NULL,
    language           VARCHAR(8)               NOT NULL,
    affected_user      VARCHAR(113)             NOT NULL,
    operator_principal VARCHAR(255),
    operator_name      VARCHAR(100)             NOT NULL,
    description        VARCHAR(4000)            NOT NULL,
    contact_email      VARCHAR(254)             NOT NULL,
    contact_phone      VARCHAR(32)              NOT NULL,
    preferred_contact  VARCHAR(10)              NOT NULL,
    status             VARCHAR(20)              NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT                   NOT NULL,
    CONSTRAINT support_request_pk PRIMARY KEY (id),
    -- References are random: the database guarantees they are unique.
    CONSTRAINT support_request_reference_uk UNIQUE (reference),
    -- One request per run: filing twice for the same run finds the first request.
    CONSTRAINT support_request_run_uk UNIQUE (run_id)
);

-- The queue: newest first, filtered by status, flow or language; an operator's own list.
CREATE INDEX support_request_created_idx ON support_request (created_at);
CREATE INDEX support_request_status_idx ON support_request (status, created_at);
CREATE INDEX support_request_flow_idx ON support_request (flow_id, created_at);
CREATE INDEX support_request_language_idx ON support_request (language, created_at);
CREATE INDEX support_request_operator_idx ON support_request (operator_principal, created_at);

CREATE TABLE support_request_step (
    request_id       UUID                     NOT NULL,
    seq              INTEGER                  NOT NULL,
    step_flow_id     VARCHAR(60)              NOT NULL,
    step_id          VARCHAR(60)              NOT NULL,
    step_title_key   VARCHAR(200)             NOT NULL,
    answer_id        VARCHAR(60)              NOT NULL,
    answer_label_key VARCHAR(200)             NOT NULL,
    answered_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT support_request_step_pk PRIMARY KEY (request_id, seq),
    CONSTRAINT support_request_step_request_fk FOREIGN KEY (request_id) REFERENCES support_request (id)
);

CREATE TABLE support_request_change (
    request_id  UUID                     NOT NULL,
    seq         INTEGER                  NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(255),
    from_status VARCHAR(20)              NOT NULL,
    to_status   VARCHAR(20)              NOT NULL,
    comment     VARCHAR(1000)            NOT NULL,
    CONSTRAINT support_request_change_pk PRIMARY KEY (request_id, seq),
    CONSTRAINT support_request_change_request_fk FOREIGN KEY (request_id) REFERENCES support_request (id)
);

-- Every finished run: resolved, escalated, or abandoned at a step. The newest end counts.
CREATE TABLE run_record (
    run_id       UUID                     NOT NULL,
    flow_id      VARCHAR(60)              NOT NULL,
    flow_version INTEGER                  NOT NULL,
    step_flow_id VARCHAR(60)              NOT NULL,
    step_id      VARCHAR(60)              NOT NULL,
    outcome      VARCHAR(10)              NOT NULL,
    answers      INTEGER                  NOT NULL,
    path         VARCHAR(12400)           NOT NULL,
    ended_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT                   NOT NULL,
    CONSTRAINT run_record_pk PRIMARY KEY (run_id)
);

CREATE INDEX run_record_outcome_idx ON run_record (outcome, ended_at);

-- Notifications by channel and idempotency key: claimed while one attempt sends it (so two
-- attempts never send at once), delivered once the receiver accepted it (so it is never
-- sent again).
CREATE TABLE notification_delivery (
    delivery_key VARCHAR(80)              NOT NULL,
    claimed_at   TIMESTAMP WITH TIME ZONE,
    delivered_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notification_delivery_pk PRIMARY KEY (delivery_key)
);

-- Spring Modulith's event publication registry (the transactional outbox), as its JPA
-- entity maps it (Modulith 2.x layout).
CREATE TABLE event_publication (
    id                     UUID                     NOT NULL,
    listener_id            VARCHAR(512)             NOT NULL,
    event_type             VARCHAR(512)             NOT NULL,
    serialized_event       VARCHAR(10000)           NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 VARCHAR(20),
    completion_attempts    INTEGER DEFAULT 0        NOT NULL,
    last_resubmission_date TIMESTAMP WITH TIME ZONE,
    CONSTRAINT event_publication_pk PRIMARY KEY (id)
);

CREATE INDEX event_publication_completion_idx ON event_publication (completion_date);
CREATE INDEX event_publication_status_idx ON event_publication (status);
