-- Users of the embedded sign-in (docs/security.md): bcrypt hashes only, never a password. Roles: comma-separated
-- ids (editor, reviewer, admin). The first start creates 'admin' with a random password when this table is empty.
CREATE TABLE app_user (
    username      VARCHAR(100) PRIMARY KEY,
    password_hash VARCHAR(100) NOT NULL,
    roles         VARCHAR(200) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
