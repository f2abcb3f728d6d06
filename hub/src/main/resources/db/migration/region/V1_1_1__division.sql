-- 行政区划: the five-level division tree, loaded from the statistical division codes shipped with the
-- hub (see DivisionLoader). Codes are the 12-digit padded form; the level is stored so that queries need
-- not decode it.
CREATE TABLE division (
    code        CHAR(12)    NOT NULL PRIMARY KEY,
    name        VARCHAR(64) NOT NULL,
    level       VARCHAR(10) NOT NULL,
    parent_code CHAR(12)
);
-- level is one of PROVINCE, CITY, COUNTY, TOWNSHIP, VILLAGE. Not a CHECK (level IN (...)): H2 2.4.240 binds
-- such a constant set to the connection that created it and fails every insert once that connection closes.
-- children of a division in code order, and the provinces (parent_code IS NULL)
CREATE INDEX division_by_parent ON division (parent_code, code);
-- Code searches are prefix ranges on the primary key. Name search is a substring match, which no B-tree
-- serves on either database (PostgreSQL would need pg_trgm, H2 has no equivalent); the scan takes a few
-- hundred milliseconds over the whole country and a few over one province, so a name index would only slow
-- the load.
