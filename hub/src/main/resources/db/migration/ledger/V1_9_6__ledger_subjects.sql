-- Lookups by subject (a dataset version's content hash) go to a table of their own, written only for the entries
-- that have one, instead of an index over every entry's mostly empty subject_hash: sequencing then maintains one
-- index less per entry. The column stays in ledger_entry as part of the record.
CREATE TABLE ledger_subject (
    subject_hash VARCHAR(80) NOT NULL,
    entry_index  BIGINT      NOT NULL,
    PRIMARY KEY (subject_hash, entry_index)
);
INSERT INTO ledger_subject (subject_hash, entry_index)
    SELECT subject_hash, entry_index FROM ledger_entry WHERE subject_hash IS NOT NULL;
DROP INDEX ledger_entry_by_subject;
