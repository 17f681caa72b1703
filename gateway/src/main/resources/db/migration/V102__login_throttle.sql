-- Sign-in throttling shared by every gateway replica (docs/security.md, LoginThrottle). One row per counted key:
-- 'pair:<user>|<address>', 'user:<user>', 'address:<address>'. An attempt is counted (row locked, failures + 1)
-- before its password is checked; a success resets the pair and refunds the user and address counts.
CREATE TABLE login_throttle (
    throttle_key  VARCHAR(400) PRIMARY KEY,
    failures      INTEGER NOT NULL,
    locked_until  TIMESTAMP WITH TIME ZONE,
    last_success  TIMESTAMP WITH TIME ZONE,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX login_throttle_updated ON login_throttle (updated_at);
