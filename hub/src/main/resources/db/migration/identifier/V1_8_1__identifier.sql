-- 持久标识: the identifiers assigned to published resources and dataset versions. A row is written by the
-- listener of the publication event, in the publication's transaction, so an identifier exists exactly when the
-- thing does. The handle itself is not stored: it is the configured prefix, then the resource code (and
-- /v<number> for a version). ledger_index is filled on the first resolution after the ledger has sequenced the
-- publication's entry.
CREATE TABLE identifier_resource (
    resource_code VARCHAR(64)  NOT NULL PRIMARY KEY,
    title         VARCHAR(200) NOT NULL,
    owner         VARCHAR(200) NOT NULL,
    assigned_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    described_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at    TIMESTAMP WITH TIME ZONE,
    ledger_index  BIGINT
);

CREATE TABLE identifier_version (
    resource_code  VARCHAR(64) NOT NULL,
    version_number INTEGER     NOT NULL,
    content_hash   VARCHAR(80) NOT NULL,
    assigned_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    ledger_index   BIGINT,
    CONSTRAINT identifier_version_key PRIMARY KEY (resource_code, version_number)
);
