-- PostgreSQL form of the H2 migration of the same name (identity columns, TEXT, BYTEA); keep the two in step.
-- Packs uploaded from the case library, kept as their original zip so a restart reads them again.
CREATE TABLE imported_pack (
    pack_id     VARCHAR(64) PRIMARY KEY,
    version     VARCHAR(32) NOT NULL,
    archive     BYTEA NOT NULL,
    imported_by VARCHAR(100) NOT NULL,
    imported_at TIMESTAMP WITH TIME ZONE NOT NULL
);
