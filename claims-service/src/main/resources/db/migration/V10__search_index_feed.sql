-- Search moved from the hand-written token table to a Lucene index that every claims-service replica keeps for
-- itself (docs/search.md). The token table and its per-claim count go; the change feed the replicas follow comes in.

DROP TABLE claim_token;
ALTER TABLE claim DROP COLUMN token_count;

-- One row per claim change (create, update, stance or verdict, delete), numbered in commit order: a writer takes
-- the next numbers from claim_change_head in the last moment of its transaction, holding that row's lock until it
-- commits, so a reader that has seen number n has seen every number below it.
CREATE TABLE claim_change (
    seq         BIGINT PRIMARY KEY,
    claim_id    UUID                     NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_claim_change_changed_at ON claim_change (changed_at);

-- The last number handed out. created_at tells one database's feed from another's (an index built from another
-- database, or from this one before it was restored, is rebuilt).
CREATE TABLE claim_change_head (
    id          INTEGER PRIMARY KEY,
    seq         BIGINT                   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO claim_change_head (id, seq, created_at) VALUES (1, 0, CURRENT_TIMESTAMP);
