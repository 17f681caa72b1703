-- The newsroom's workflow, kept apart from the verification status and from the claim's version: who works on a
-- claim, how far it got and by when, with its own version so a workflow change never conflicts with an edit of the
-- claim's fields (and the other way round). Plain SQL for H2 2.x and PostgreSQL 15.
ALTER TABLE claim ADD COLUMN work_status VARCHAR(12) DEFAULT 'NEW' NOT NULL;
ALTER TABLE claim ADD COLUMN assignee VARCHAR(100);
ALTER TABLE claim ADD COLUMN due_date DATE;
ALTER TABLE claim ADD COLUMN workflow_version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE claim ADD COLUMN workflow_changed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE claim ADD COLUMN workflow_changed_by VARCHAR(200);
-- the list filters "assigned to", "work status" and "overdue" (due date before today, not yet published or archived)
CREATE INDEX ix_claim_assignee ON claim (assignee, updated_at, id);
CREATE INDEX ix_claim_work_status ON claim (work_status, updated_at, id);
CREATE INDEX ix_claim_due_date ON claim (due_date, work_status);

-- Internal notes of the desk on a claim: never part of the record, the status, ClaimReview or the feed. Editing a
-- note adds a version; the earlier text stays readable.
CREATE TABLE claim_note (
    id          UUID PRIMARY KEY,
    claim_id    UUID          NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    author      VARCHAR(200)  NOT NULL,
    version     INTEGER       NOT NULL
);
CREATE INDEX ix_claim_note_claim ON claim_note (claim_id, created_at);

CREATE TABLE claim_note_version (
    id          UUID PRIMARY KEY,
    note_id     UUID          NOT NULL REFERENCES claim_note (id) ON DELETE CASCADE,
    number      INTEGER       NOT NULL,
    text        VARCHAR(5000) NOT NULL,
    written_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    written_by  VARCHAR(200)  NOT NULL,
    CONSTRAINT uq_claim_note_version UNIQUE (note_id, number)
);
