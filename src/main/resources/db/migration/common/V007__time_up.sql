-- When each table's time ran out on each exercise (the last time, if the clock was extended after it), so the
-- instructor can score a board as it stood then.
CREATE TABLE exercise_time_up (
    table_id    BIGINT NOT NULL REFERENCES workshop_table (id),
    exercise_id VARCHAR(64) NOT NULL,
    time_up_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (table_id, exercise_id)
);

-- When a change was undone, so a board can be shown as it stood at any moment.
ALTER TABLE board_change ADD COLUMN undone_at TIMESTAMP WITH TIME ZONE;
