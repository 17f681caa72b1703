-- Indexes that serve a filter and the newest-first sorts together, so a page is read in index order and
-- stops after `size` rows instead of sorting every match (status filter at 100,000 claims). Descending,
-- because H2 does not scan an index backwards (PostgreSQL does, so the oldest-first sorts are served there too).
-- Plain SQL that runs unchanged on H2 2.x and PostgreSQL 15.
CREATE INDEX ix_claim_status_updated ON claim (status, updated_at DESC, id DESC);
CREATE INDEX ix_claim_status_created ON claim (status, created_at DESC, id DESC);
CREATE INDEX ix_claim_topic_updated ON claim (topic, updated_at DESC, id DESC);
DROP INDEX ix_claim_status;
DROP INDEX ix_claim_topic;
-- stance look-ups by claim (recomputation, GET /claims/{id}/stances) without going through the unique key
CREATE INDEX ix_stance_claim_stated ON stance (claim_id, stated_at);
