-- The instructor's judgement of whether a table's board covers a key point of the exercise's model answer.
CREATE TABLE keypoint_coverage (
    table_id     BIGINT NOT NULL REFERENCES workshop_table (id),
    exercise_id  VARCHAR(64) NOT NULL,
    key_point_id VARCHAR(64) NOT NULL,
    covered      BOOLEAN NOT NULL,
    marked_by    VARCHAR(100) NOT NULL,
    marked_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (table_id, exercise_id, key_point_id)
);
