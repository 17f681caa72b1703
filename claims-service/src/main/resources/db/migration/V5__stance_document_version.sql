-- The document text version (sources-service) a stance's quote was checked in, so a later edit of the text
-- can be noticed. Null for stances recorded before text versions were kept and for stances without a document.
ALTER TABLE stance ADD COLUMN document_version INTEGER;
