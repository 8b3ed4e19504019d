-- Wrong join codes, counted in the database when several nodes serve one class (one node counts in memory):
-- each failure of a device or address, and the last throttled try of an address.
CREATE TABLE join_failure (
    attempt_key VARCHAR(200) NOT NULL,
    failed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX join_failure_key ON join_failure (attempt_key, failed_at);

CREATE TABLE join_try (
    address  VARCHAR(200) PRIMARY KEY,
    tried_at TIMESTAMP WITH TIME ZONE NOT NULL
);
