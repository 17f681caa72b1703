-- Webhooks for newsroom tools (docs/webhooks.md): subscriptions, and one durable delivery per event and subscription.
CREATE TABLE webhook_subscription (
    id          UUID          PRIMARY KEY,
    url         VARCHAR(2000) NOT NULL,
    -- comma-separated event types, e.g. claim.status-changed,claim.verdict-added
    events      VARCHAR(200)  NOT NULL,
    description VARCHAR(300),
    -- the HMAC key: shown once at creation, needed in clear to sign every delivery
    secret      VARCHAR(100)  NOT NULL,
    created_by  VARCHAR(200)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE webhook_delivery (
    -- the delivery id the receiver deduplicates on (Claimtrack-Webhook-Id)
    id              UUID          PRIMARY KEY,
    subscription_id UUID          NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    event_id        UUID          NOT NULL,
    event_type      VARCHAR(40)   NOT NULL,
    payload         VARCHAR(20000) NOT NULL,
    -- PENDING (to be sent at next_attempt_at), DELIVERED, FAILED (gave up after the last attempt)
    status          VARCHAR(20)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_attempt_at TIMESTAMP WITH TIME ZONE,
    last_status     INT,
    last_error      VARCHAR(500),
    -- the replica sending it now, until when: a delivery is sent by one replica at a time
    lease_owner     VARCHAR(200),
    lease_until     TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    -- whichever replica reads an event first makes its deliveries; the others find them there
    CONSTRAINT webhook_delivery_once UNIQUE (subscription_id, event_id)
);
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (status, next_attempt_at);
CREATE INDEX webhook_delivery_subscription_idx ON webhook_delivery (subscription_id, created_at);
