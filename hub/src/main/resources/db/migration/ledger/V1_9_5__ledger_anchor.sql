-- Receipts of the anchors a signed checkpoint was handed to (a directory, an HTTP endpoint, a blockchain). A row is
-- claimed before the checkpoint is sent, and the key (anchor, tree size) lets only one hub instance claim it; the
-- row then records the anchor's answer, or the last error and when to try again.
CREATE TABLE ledger_anchor_receipt (
    anchor_name     VARCHAR(64)              NOT NULL,
    anchor_kind     VARCHAR(64)              NOT NULL,
    tree_size       BIGINT                   NOT NULL,
    root_hash       BYTEA                    NOT NULL,
    state           VARCHAR(16)              NOT NULL,
    attempts        INT                      NOT NULL,
    receipt         VARCHAR(8000),
    last_error      VARCHAR(1000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    attempted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    anchored_at     TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (anchor_name, tree_size)
);
CREATE INDEX ledger_anchor_receipt_by_size ON ledger_anchor_receipt (tree_size);
