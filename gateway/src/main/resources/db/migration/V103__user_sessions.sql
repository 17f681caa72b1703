-- Web UI sessions decided by the server (docs/security.md, Sessions): the cookie carries a random token, this table
-- its SHA-256. Sign-out, a role change and the user's deletion remove rows, which ends those sessions on every replica.
CREATE TABLE user_session (
    token_hash    CHAR(64) PRIMARY KEY,
    username      VARCHAR(100) NOT NULL REFERENCES app_user (username) ON DELETE CASCADE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX user_session_username ON user_session (username);
CREATE INDEX user_session_expires ON user_session (expires_at);
