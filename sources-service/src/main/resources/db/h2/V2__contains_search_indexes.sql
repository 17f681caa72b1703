-- H2 has no trigram indexes: the q filters scan the lower-case key columns (fine for an embedded,
-- single-user database). Kept as a migration so both databases share one version history.
SELECT 1;
