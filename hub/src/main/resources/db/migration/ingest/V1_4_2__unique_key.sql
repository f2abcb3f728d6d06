-- The key fields of a version when its load proved them unique and complete (comma-separated field names,
-- empty otherwise): a sort on them is a total order, so pages need no tie-break on row position.
ALTER TABLE dataset_version ADD COLUMN unique_key VARCHAR(2000) DEFAULT '' NOT NULL;
