-- What a table's observer ticked as uncovered in the case interview (the discovery meter), and the kind of each
-- question they tagged as the sales team asked it.
CREATE TABLE interview_discovery (
    table_id  BIGINT NOT NULL REFERENCES workshop_table (id),
    target_id VARCHAR(64) NOT NULL,
    marked_by VARCHAR(100) NOT NULL,
    marked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (table_id, target_id)
);

CREATE TABLE interview_question (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    table_id  BIGINT NOT NULL REFERENCES workshop_table (id),
    kind      VARCHAR(16) NOT NULL,
    tagged_by VARCHAR(100) NOT NULL,
    tagged_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX interview_question_table ON interview_question (table_id);
