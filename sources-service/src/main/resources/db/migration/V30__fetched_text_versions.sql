-- A text version archived by fetching a web page records where and when it came from, so a reader can tell the
-- archived words from what the address serves today. All null for a text typed or pasted in.
ALTER TABLE document_text_version ADD COLUMN fetched_url VARCHAR(2000);
ALTER TABLE document_text_version ADD COLUMN fetched_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE document_text_version ADD COLUMN http_status INTEGER;
ALTER TABLE document_text_version ADD COLUMN content_type VARCHAR(200);
