-- A waiting entry carries its leaf hash, worked out by the transaction that writes it, so that the sequencer
-- reads only ids and hashes and copies the rows into ledger_entry inside the database. Entries left waiting by an
-- older hub have none; the sequencer hashes those itself.
ALTER TABLE ledger_pending ADD COLUMN leaf_hash BYTEA;
