-- What tenant checks showed during the run a request was filed from: one row per check
-- shown, its facts as JSON (message keys with their arguments), so that the request reads
-- in any language. Nothing else about the user is kept.
CREATE TABLE support_request_evidence (
    request_id   UUID                     NOT NULL,
    seq          INTEGER                  NOT NULL,
    step_flow_id VARCHAR(60)              NOT NULL,
    step_id      VARCHAR(60)              NOT NULL,
    tenant_id    VARCHAR(100)             NOT NULL,
    check_name   VARCHAR(40)              NOT NULL,
    status       VARCHAR(40)              NOT NULL,
    lines_json   VARCHAR(20000)           NOT NULL,
    read_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT support_request_evidence_pk PRIMARY KEY (request_id, seq),
    CONSTRAINT support_request_evidence_request_fk FOREIGN KEY (request_id) REFERENCES support_request (id)
);
