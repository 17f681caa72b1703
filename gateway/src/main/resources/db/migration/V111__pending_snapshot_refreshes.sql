-- Source-snapshot refreshes the claims-service has not taken yet (docs/gateway.md, "Consistency"). In the database,
-- not in one gateway's memory: whichever replica is alive retries them, and a restart loses none.
CREATE TABLE pending_snapshot_refresh (
    source_id  VARCHAR(36)   PRIMARY KEY,
    -- the latest change that is owed: a refresh started before it does not settle it
    owed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts   INT           NOT NULL DEFAULT 0,
    last_error VARCHAR(500)
);
