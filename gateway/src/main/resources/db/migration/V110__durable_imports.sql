-- Imports shared by every gateway replica (issue 15). The upload lives here, not in one pod's /tmp, so any
-- replica can run a queued job; a running job is leased (owner + expiry, renewed while it runs), so a job whose
-- holder died is taken over once its lease expires and resumes after the groups of items it had committed.
ALTER TABLE import_job ADD COLUMN lease_owner VARCHAR(200);
ALTER TABLE import_job ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
-- groups of items written and counted, in upload order: a job taken over skips them
ALTER TABLE import_job ADD COLUMN committed_groups INT NOT NULL DEFAULT 0;
-- how often another replica took the job over (its holder stopped or died)
ALTER TABLE import_job ADD COLUMN takeovers INT NOT NULL DEFAULT 0;

-- The upload (at most 50 MB) until its job ends.
CREATE TABLE import_upload (
    job_id  UUID  PRIMARY KEY REFERENCES import_job (id) ON DELETE CASCADE,
    content BYTEA NOT NULL
);
