-- Events for the gateway's webhooks (issue 15), written in the transaction of the change they describe, so none is
-- lost and none is sent for a change that was rolled back. The gateway reads them (GET /events), turns them into
-- deliveries in its own database and acknowledges them (POST /events/acknowledgement), which deletes them.
CREATE TABLE claim_event (
    id       UUID          PRIMARY KEY,
    claim_id UUID          NOT NULL,
    type     VARCHAR(40)   NOT NULL,
    at       TIMESTAMP WITH TIME ZONE NOT NULL,
    details  VARCHAR(20000) NOT NULL
);
CREATE INDEX ix_claim_event_at ON claim_event (at, id);
