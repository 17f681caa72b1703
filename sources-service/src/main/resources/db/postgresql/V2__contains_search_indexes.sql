-- PostgreSQL only (location db/postgresql): the q filters are "contains" matches
-- (name_key / title_key LIKE '%text%'), which B-tree indexes cannot serve; trigram indexes can.
-- pg_trgm is a trusted extension: the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX source_name_key_trgm_idx ON source USING gin (name_key gin_trgm_ops);
CREATE INDEX document_title_key_trgm_idx ON document USING gin (title_key gin_trgm_ops);
