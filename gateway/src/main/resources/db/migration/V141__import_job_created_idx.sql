-- GET /api/imports lists jobs newest first
CREATE INDEX import_job_created_idx ON import_job (created_at);
