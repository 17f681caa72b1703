-- Indexes that serve a filter and the default sort together, so a page is read in index order and
-- stops after `size` rows instead of sorting every match (status filter at 100,000 claims).
-- Plain SQL that runs unchanged on H2 2.x and PostgreSQL 15.
CREATE INDEX ix_claim_status_updated ON claim (status, updated_at, id);
CREATE INDEX ix_claim_status_created ON claim (status, created_at, id);
CREATE INDEX ix_claim_topic_updated ON claim (topic, updated_at, id);
DROP INDEX ix_claim_status;
DROP INDEX ix_claim_topic;
-- stance look-ups by claim (recomputation, GET /claims/{id}/stances) without going through the unique key
CREATE INDEX ix_stance_claim_stated ON stance (claim_id, stated_at);
