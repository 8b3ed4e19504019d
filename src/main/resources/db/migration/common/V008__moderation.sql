-- The score the lead instructor agreed for a criterion when instructors scored a table differently.
CREATE TABLE score_agreed (
    table_id     BIGINT NOT NULL REFERENCES workshop_table (id),
    exercise_id  VARCHAR(64) NOT NULL,
    criterion_id VARCHAR(64) NOT NULL,
    points       INT NOT NULL,
    comment      VARCHAR(2000) DEFAULT '' NOT NULL,
    agreed_by    VARCHAR(100) NOT NULL,
    agreed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (table_id, exercise_id, criterion_id)
);
