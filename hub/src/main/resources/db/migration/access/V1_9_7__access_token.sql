-- V1_9_7 rather than V1_6_x: Flyway applies versions in order and refuses one below the highest applied (the ledger's V1_9_6).
-- The API token a read came with, by id only (never the token or its hash), so that the record can be filtered by
-- token; NULL for reads by web session, HTTP Basic or anonymous. The token is identity's, referenced without a
-- foreign key across modules.
ALTER TABLE data_access ADD COLUMN api_token_id BIGINT;
CREATE INDEX data_access_by_token ON data_access (api_token_id, accessed_at);
