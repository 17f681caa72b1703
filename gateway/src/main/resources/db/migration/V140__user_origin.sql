-- Where a user comes from (docs/security.md): 'local' users sign in with a password kept here; 'oidc' users are made
-- at their first single sign-on through the OpenID Connect provider, which decides their roles at every sign-in.
ALTER TABLE app_user ADD COLUMN origin VARCHAR(10) DEFAULT 'local' NOT NULL;
