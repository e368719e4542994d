-- What several servers on one database share: notifications given up, the sign-in throttle's
-- counts, and which server runs each scheduled job. Portable SQL for H2 and PostgreSQL.

-- Notifications that failed too often and left the outbox (event_publication): support staff
-- see them and can send them again, which puts them back into the outbox.
CREATE TABLE notification_dead_letter (
    id                  UUID                     NOT NULL,
    listener_id         VARCHAR(512)             NOT NULL,
    event_type          VARCHAR(512)             NOT NULL,
    serialized_event    VARCHAR(10000)           NOT NULL,
    publication_date    TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_attempts INTEGER                  NOT NULL,
    given_up_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    channel             VARCHAR(20)              NOT NULL,
    reference           VARCHAR(16)              NOT NULL,
    CONSTRAINT notification_dead_letter_pk PRIMARY KEY (id)
);

CREATE INDEX notification_dead_letter_given_up_idx ON notification_dead_letter (given_up_at);

-- Failed sign-ins with the form, per user name (lower case, at most 100 characters), counted
-- by every server alike. 'version' lets two servers count the same name at once without
-- losing a failure.
CREATE TABLE sign_in_failure (
    name_key     VARCHAR(100)             NOT NULL,
    failures     INTEGER                  NOT NULL,
    last_failure TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE,
    version      BIGINT                   NOT NULL,
    CONSTRAINT sign_in_failure_pk PRIMARY KEY (name_key)
);

-- Cleaning up expired counts, and choosing the least suspicious names when there are too many.
CREATE INDEX sign_in_failure_last_idx ON sign_in_failure (last_failure);

-- Scheduled jobs run on one server at a time: a server holds a job's row until locked_until
-- (a lease, so that a server that stops does not hold it for ever).
CREATE TABLE scheduled_lock (
    name         VARCHAR(64)              NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by    VARCHAR(255)             NOT NULL,
    CONSTRAINT scheduled_lock_pk PRIMARY KEY (name)
);
