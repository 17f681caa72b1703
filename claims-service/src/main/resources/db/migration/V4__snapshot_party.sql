-- Parties are entities in the sources-service (issue 14): each stance's source snapshot also carries the source's
-- root party, on which independence is decided. Null for stances written before, until their source's snapshot
-- is refreshed: the rules then fall back to the folded affiliation, as before.
ALTER TABLE stance ADD COLUMN source_root_party_id UUID;
ALTER TABLE stance ADD COLUMN source_root_party VARCHAR(100);
