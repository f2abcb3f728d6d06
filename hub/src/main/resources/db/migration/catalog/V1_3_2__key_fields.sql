-- Fields that form a dataset's key: loads report rows that repeat one.
ALTER TABLE resource_field ADD COLUMN key_field BOOLEAN NOT NULL DEFAULT FALSE;
