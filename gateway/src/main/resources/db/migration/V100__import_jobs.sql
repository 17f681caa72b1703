-- Import jobs (POST /api/imports): progress survives a restart; a job left RUNNING by a crash is marked
-- FAILED at the next start (re-running the same upload is safe: imports are idempotent).
CREATE TABLE import_job (
    id              UUID PRIMARY KEY,
    format          VARCHAR(32)   NOT NULL,
    status          VARCHAR(32)   NOT NULL,
    file_name       VARCHAR(300),
    total_items     BIGINT        NOT NULL,
    done_items      BIGINT        NOT NULL DEFAULT 0,
    created_items   BIGINT        NOT NULL DEFAULT 0,
    unchanged_items BIGINT        NOT NULL DEFAULT 0,
    failed_items    BIGINT        NOT NULL DEFAULT 0,
    error_count     BIGINT        NOT NULL DEFAULT 0,
    detail          VARCHAR(2000),
    actor           VARCHAR(200)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE,
    finished_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX import_job_status_idx ON import_job (status);

-- The first errors of each job (the job counts all of them in error_count).
CREATE TABLE import_job_error (
    job_id  UUID          NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    seq     INT           NOT NULL,
    pointer VARCHAR(1000) NOT NULL,
    message VARCHAR(2000) NOT NULL,
    PRIMARY KEY (job_id, seq)
);
