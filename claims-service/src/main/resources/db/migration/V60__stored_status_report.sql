-- The status report (evidence by party, explanation, the verdict that counts) stored with the claim's status in the
-- transaction that changes it, so reading a claim's status or record no longer runs the status rules (issue 17).
-- Its own table, not a column of claim: lists and the direct claim read never load it. Claims stored before this
-- version get theirs from the background recomputation at start (RulesUpgrade); until then they are evaluated.
CREATE TABLE claim_status_report (
    claim_id UUID PRIMARY KEY REFERENCES claim (id) ON DELETE CASCADE,
    report   TEXT NOT NULL
);
