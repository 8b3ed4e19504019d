-- One instructor's mark for one criterion of one table's work on one exercise. Each scorer has a row of their
-- own, so two instructors never overwrite each other; the version stops one scorer's two devices doing so.
CREATE TABLE score_mark (
    table_id     BIGINT NOT NULL REFERENCES workshop_table (id),
    exercise_id  VARCHAR(64) NOT NULL,
    criterion_id VARCHAR(64) NOT NULL,
    scorer       VARCHAR(100) NOT NULL,
    points       INT,
    comment      VARCHAR(2000) DEFAULT '' NOT NULL,
    version      INT NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (table_id, exercise_id, criterion_id, scorer)
);

-- Board entries a scorer pinned as the evidence for a criterion.
CREATE TABLE score_evidence (
    table_id     BIGINT NOT NULL REFERENCES workshop_table (id),
    exercise_id  VARCHAR(64) NOT NULL,
    criterion_id VARCHAR(64) NOT NULL,
    scorer       VARCHAR(100) NOT NULL,
    item_id      VARCHAR(100) NOT NULL,
    pinned_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (table_id, exercise_id, criterion_id, scorer, item_id)
);

-- An exercise whose scores the instructor released to the tables: each table then sees its own.
CREATE TABLE score_release (
    workshop_id BIGINT NOT NULL REFERENCES workshop (id),
    exercise_id VARCHAR(64) NOT NULL,
    released_by VARCHAR(100) NOT NULL,
    released_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workshop_id, exercise_id)
);

-- Whether the projector shows the leaderboard.
CREATE TABLE score_display (
    workshop_id       BIGINT PRIMARY KEY REFERENCES workshop (id),
    leaderboard_shown BOOLEAN NOT NULL
);
