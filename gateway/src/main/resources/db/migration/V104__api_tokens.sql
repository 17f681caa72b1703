-- API tokens for newsroom tools (docs/security.md, ApiTokens): shown once, stored as SHA-256 only. A token grants
-- at most one role, and never more than its user holds at the time of the request. Deleting the user deletes them.
CREATE TABLE api_token (
    id            UUID PRIMARY KEY,
    token_hash    CHAR(64) NOT NULL UNIQUE,
    username      VARCHAR(100) NOT NULL REFERENCES app_user (username) ON DELETE CASCADE,
    name          VARCHAR(100) NOT NULL,
    role          VARCHAR(20) NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_token_username ON api_token (username);
