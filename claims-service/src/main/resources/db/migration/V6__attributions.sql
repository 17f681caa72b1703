-- Attributions and review dates (issue 14, item 3). Plain SQL that runs unchanged on H2 2.x and PostgreSQL 15.

-- A stance is a QUOTE (the source's exact words) or an ATTRIBUTION: someone else (reported_by, e.g. a
-- fact-checker) attests the source's position without the verbatim words, so quote may now be empty.
ALTER TABLE stance ADD COLUMN kind VARCHAR(12) DEFAULT 'QUOTE' NOT NULL;
ALTER TABLE stance ADD COLUMN reported_by VARCHAR(200);
ALTER TABLE stance ALTER COLUMN quote DROP NOT NULL;

-- A verdict counts from the time it was published (a review imported today may date from 2021); created_at
-- stays the time it was recorded here. Existing verdicts were published when they were recorded.
ALTER TABLE verdict ADD COLUMN published_at TIMESTAMP WITH TIME ZONE;
UPDATE verdict SET published_at = created_at;
ALTER TABLE verdict ALTER COLUMN published_at SET NOT NULL;
ALTER TABLE verdict ADD COLUMN url VARCHAR(2000);
-- the reviewing organisation when it is not us (an imported ClaimReview's author); null for our own reviewers, so
-- our ClaimReview export never publishes someone else's review under our name
ALTER TABLE verdict ADD COLUMN organization VARCHAR(200);
CREATE INDEX ix_verdict_claim_published ON verdict (claim_id, published_at);
